<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>No connections yet</source>
        <translation>Noch keine Verbindungen</translation>
    </message>
    <message>
        <source>A connection lets Grantline sign in to an API on your behalf and load its data into a SQLite file you can browse. Start with the built-in Sandbox — no account and no network needed — or connect to Autodesk Platform Services or any OAuth 2.0 provider.</source>
        <translation>Mit einer Verbindung meldet sich Grantline in Ihrem Namen bei einer API an und lädt deren Daten in eine SQLite-Datei, die Sie durchsuchen können. Beginnen Sie mit der eingebauten Sandbox — ohne Konto und ohne Netzwerk — oder verbinden Sie sich mit Autodesk Platform Services oder einem beliebigen OAuth-2.0-Anbieter.</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>Verbindung einrichten</translation>
    </message>
    <message>
        <source>Open the connection wizard</source>
        <translation>Den Verbindungsassistenten öffnen</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The operation</source>
        <translation>Der Vorgang</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>%1 wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretJob</name>
    <message>
        <source>Nothing is stored in the keychain under &quot;%1&quot;. If your keyring is locked, unlock it and try again.</source>
        <translation>Im Schlüsselbund ist unter „%1“ nichts gespeichert. Falls Ihr Schlüsselbund gesperrt ist, entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example in the Passwords and Keys application) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt. Entsperren Sie ihn (zum Beispiel in der Anwendung „Passwörter und Schlüssel“) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Kein Schlüsselbund erreichbar (%1). Starten Sie einen Secret Service wie GNOME Keyring oder KWallet und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Der Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grantline</source>
        <translation>Grantline</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <source>Register an app and sign in to an API</source>
        <translation>Eine App registrieren und sich bei einer API anmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Grantline</source>
        <translation>&amp;Über Grantline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>The connection wizard is not part of this build yet.</source>
        <translation>Der Verbindungsassistent ist in dieser Version noch nicht enthalten.</translation>
    </message>
    <message>
        <source>About Grantline</source>
        <translation>Über Grantline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Sign in to OAuth-protected REST APIs, load their data into a local SQLite file and browse it.&lt;/p&gt;&lt;p&gt;Secrets are kept in your system keychain and nowhere else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Melden Sie sich bei OAuth-geschützten REST-APIs an, laden Sie deren Daten in eine lokale SQLite-Datei und durchsuchen Sie sie.&lt;/p&gt;&lt;p&gt;Geheimnisse werden im System-Schlüsselbund aufbewahrt und nirgendwo sonst.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretJob</name>
    <message>
        <source>Nothing is stored for this session under &quot;%1&quot;.</source>
        <translation>Für diese Sitzung ist unter „%1“ nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only (not saved)</source>
        <translation>Nur diese Sitzung (nicht gespeichert)</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>Keine Verbindungen</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No pipelines</source>
        <translation>Keine Pipelines</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>Reading &quot;%1&quot; from the keychain</source>
        <translation>Das Lesen von „%1“ aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; to the keychain</source>
        <translation>Das Speichern von „%1“ im Schlüsselbund</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain</source>
        <translation>Das Entfernen von „%1“ aus dem Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grantline without a window: the same connections, pipelines and keychain entries as the desktop app.</source>
        <translation>Grantline ohne Fenster: dieselben Verbindungen, Pipelines und Schlüsselbund-Einträge wie die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <source>grantline-cli: no command given; see --help.</source>
        <translation>grantline-cli: kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>grantline-cli: unknown command &quot;%1&quot;; see --help.</source>
        <translation>grantline-cli: unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Sign in to OAuth-protected REST APIs, load their data into SQLite and browse it.</source>
        <translation>Bei OAuth-geschützten REST-APIs anmelden, ihre Daten in SQLite laden und durchsuchen.</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match callback URLs exactly, port included, as APS does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed for the generated data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many items to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many OSS buckets to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access-token lifetime in seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer to announce (default: the base URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file with more registered apps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file with the RSA key that signs tokens (default: a new key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inject a fault into data and playground requests: 429, 429-date, 500, 502, 503, slow, drop, html or malformed, with &quot;:N&quot; for every Nth request. Repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the start-up details as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the generated records of this kind (&quot;items&quot;) to stdout as JSON lines, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as %1 with the password %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App &quot;%1&quot; (%2): client_id %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, client_secret %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A local APS-style OAuth 2.0 / OpenID Connect provider and data API, so Grantline works offline and without an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--dump knows only &quot;items&quot;, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
