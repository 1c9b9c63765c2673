// "Store Secret…": asks a name (letters, digits, _) and a value (typed
// unseen) in one dialog, whether to replace a secret of that name already in
// the keychain, and writes the value to the keychain under the key pipelines
// read for {secrets.NAME}. The value goes nowhere else: not into a file, a
// log or a message. Refused when the store forgets secrets at quit.
#pragma once

#include <QObject>

class AppContext;
class QWidget;

class SecretStorer : public QObject
{
    Q_OBJECT

public:
    // parent: the window the questions belong to.
    SecretStorer(AppContext* context, QWidget* parent);

    // Asks, then writes; stored() or failed() follows. False when nothing
    // was started (cancelled, or refused with failed()).
    bool start();
    // The same for a secret whose name is known (a run said it is missing).
    bool startFor(const QString& name);

Q_SIGNALS:
    void stored(const QString& name);
    void failed(const QString& message);
    // The person stopped (a replacement declined, no value typed).
    void cancelled();

private:
    bool confirmReplace(const QString& name);
    void write(const QString& name, const QString& value);

    AppContext* m_context;
    QWidget* m_window;
};
