<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccessTokenJob</name>
    <message>
        <source>Getting a token for &quot;%1&quot;</source>
        <translation>Token für „%1“ wird geholt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in. Sign in again.</source>
        <translation>„%1“ ist nicht angemeldet. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; has run out and cannot be renewed without you. Sign in again.</source>
        <translation>Die Anmeldung von „%1“ ist abgelaufen und kann ohne Sie nicht erneuert werden. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The provider ended the sign-in of &quot;%1&quot; (%2). Sign in again.</source>
        <translation>Der Anbieter hat die Anmeldung von „%1“ beendet (%2). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to renew its sign-in with. Sign in again.</source>
        <translation>„%1“ hat kein Refresh-Token, um die Anmeldung zu erneuern. Melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>ApsScopes</name>
    <message>
        <source>read your profile</source>
        <translation>Ihr Profil lesen</translation>
    </message>
    <message>
        <source>read your profile, products and services</source>
        <translation>Ihr Profil, Ihre Produkte und Dienste lesen</translation>
    </message>
    <message>
        <source>change your profile</source>
        <translation>Ihr Profil ändern</translation>
    </message>
    <message>
        <source>view your models</source>
        <translation>Ihre Modelle anzeigen</translation>
    </message>
    <message>
        <source>read all your data</source>
        <translation>alle Ihre Daten lesen</translation>
    </message>
    <message>
        <source>change and delete your data</source>
        <translation>Ihre Daten ändern und löschen</translation>
    </message>
    <message>
        <source>create data</source>
        <translation>Daten erstellen</translation>
    </message>
    <message>
        <source>search your data</source>
        <translation>Ihre Daten durchsuchen</translation>
    </message>
    <message>
        <source>create storage buckets</source>
        <translation>Speicher-Buckets erstellen</translation>
    </message>
    <message>
        <source>list storage buckets</source>
        <translation>Speicher-Buckets auflisten</translation>
    </message>
    <message>
        <source>change storage buckets</source>
        <translation>Speicher-Buckets ändern</translation>
    </message>
    <message>
        <source>delete storage buckets</source>
        <translation>Speicher-Buckets löschen</translation>
    </message>
    <message>
        <source>write and run code (Design Automation)</source>
        <translation>Code schreiben und ausführen (Design Automation)</translation>
    </message>
    <message>
        <source>read account administration data</source>
        <translation>Daten der Kontoverwaltung lesen</translation>
    </message>
    <message>
        <source>change account administration data</source>
        <translation>Daten der Kontoverwaltung ändern</translation>
    </message>
    <message>
        <source>confirm who you are</source>
        <translation>Ihre Identität bestätigen</translation>
    </message>
    <message>
        <source>read one item (%1)</source>
        <translation>ein einzelnes Element lesen (%1)</translation>
    </message>
    <message>
        <source>an access the app asked for</source>
        <translation>ein von der App angeforderter Zugriff</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>AuthPreparationJob</name>
    <message>
        <source>The credentials (%1) are not usable: %2</source>
        <translation>Die Zugangsdaten (%1) sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Getting the credentials ready</source>
        <translation>Die Zugangsdaten werden vorbereitet</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an http address on this computer (127.0.0.1, localhost or [::1]), so Grantline cannot receive the sign-in there.</source>
        <translation>Die Weiterleitungs-URI „%1“ ist keine http-Adresse auf diesem Computer (127.0.0.1, localhost oder [::1]), daher kann Grantline die Anmeldung dort nicht empfangen.</translation>
    </message>
    <message>
        <source>Grantline cannot listen on %1 port %2 for the sign-in (%3). Close the program using that port, or choose another port and register the new callback URL with the provider.</source>
        <translation>Grantline kann für die Anmeldung nicht auf %1 Port %2 lauschen (%3). Schließen Sie das Programm, das diesen Port belegt, oder wählen Sie einen anderen Port und registrieren Sie die neue Callback-URL beim Anbieter.</translation>
    </message>
    <message>
        <source>The sign-in response came from &quot;%1&quot;, not from the provider this connection uses (&quot;%2&quot;). It was refused to protect your account.</source>
        <translation>Die Anmeldeantwort kam von „%1“, nicht vom Anbieter dieser Verbindung („%2“). Sie wurde zum Schutz Ihres Kontos abgelehnt.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Anmeldung abgelehnt</translation>
    </message>
    <message>
        <source>Access was denied at the provider. Sign in again and choose Allow to connect Grantline.</source>
        <translation>Der Zugriff wurde beim Anbieter verweigert. Melden Sie sich erneut an und wählen Sie „Zulassen“, um Grantline zu verbinden.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1 (%2).</source>
        <translation>Der Anbieter hat die Anmeldung abgelehnt: %1 (%2).</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Grantline is now connected.</source>
        <translation>Grantline ist jetzt verbunden.</translation>
    </message>
    <message>
        <source>The provider&apos;s ID token was refused: %1 Sign in again; if this keeps happening, check the connection&apos;s issuer and client ID.</source>
        <translation>Das ID-Token des Anbieters wurde abgelehnt: %1 Melden Sie sich erneut an; wenn das wiederholt geschieht, prüfen Sie Aussteller und Client-ID der Verbindung.</translation>
    </message>
    <message>
        <source>the provider sent none, although the sign-in asked for &quot;openid&quot;.</source>
        <translation>der Anbieter hat keines gesendet, obwohl die Anmeldung „openid“ angefordert hat.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n minute(s), so Grantline stopped waiting for the browser. Start it again.</source>
        <translation>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minute abgeschlossen, daher wartet Grantline nicht länger auf den Browser. Starten Sie sie erneut.</numerusform>
            <numerusform>Die Anmeldung wurde nicht innerhalb von %n Minuten abgeschlossen, daher wartet Grantline nicht länger auf den Browser. Starten Sie sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was not finished in time, so Grantline stopped waiting for the browser. Start it again.</source>
        <translation>Die Anmeldung wurde nicht rechtzeitig abgeschlossen, daher wartet Grantline nicht länger auf den Browser. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Sign-in timed out</source>
        <translation>Zeitüberschreitung bei der Anmeldung</translation>
    </message>
</context>
<context>
    <name>BrowseConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The database is open read-only: %1 was refused (%2).</source>
        <translation>Die Datenbank ist schreibgeschützt geöffnet: %1 wurde abgelehnt (%2).</translation>
    </message>
    <message>
        <source>Another program holds a lock on %1; try again in a moment (%2).</source>
        <translation>Ein anderes Programm sperrt %1; versuchen Sie es gleich noch einmal (%2).</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation>%1 ist keine SQLite-Datenbank oder ist beschädigt (%2).</translation>
    </message>
</context>
<context>
    <name>BrowseTasks</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Name the file .png, .svg or .pdf to say which format to write.</source>
        <translation>Benennen Sie die Datei .png, .svg oder .pdf, um das Format anzugeben.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Diagramm in %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Claims</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>which of the provider&apos;s keys signed it</source>
        <translation>welcher Schlüssel des Anbieters es signiert hat</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>who issued it</source>
        <translation>wer es ausgestellt hat</translation>
    </message>
    <message>
        <source>whom it is about</source>
        <translation>wen es betrifft</translation>
    </message>
    <message>
        <source>whom it is for</source>
        <translation>für wen es bestimmt ist</translation>
    </message>
    <message>
        <source>the app it was issued to</source>
        <translation>die App, für die es ausgestellt wurde</translation>
    </message>
    <message>
        <source>what it allows</source>
        <translation>was es erlaubt</translation>
    </message>
    <message>
        <source>its unique ID</source>
        <translation>seine eindeutige ID</translation>
    </message>
    <message>
        <source>ties it to one sign-in</source>
        <translation>bindet es an eine Anmeldung</translation>
    </message>
    <message>
        <source>the user&apos;s ID at the provider</source>
        <translation>die ID des Benutzers beim Anbieter</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>vollständiger Name</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command given; see --help.</source>
        <translation>kein Befehl angegeben; siehe --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>unbekannter Befehl „%1“; siehe --help.</translation>
    </message>
    <message>
        <source>Add, list, show or remove a connection to a provider.</source>
        <translation>Eine Verbindung zu einem Anbieter hinzufügen, auflisten, anzeigen oder entfernen.</translation>
    </message>
    <message>
        <source>Sign in (browser, loopback redirect, PKCE) or fetch an app&apos;s token.</source>
        <translation>Anmelden (Browser, Loopback-Weiterleitung, PKCE) oder das Token einer App abrufen.</translation>
    </message>
    <message>
        <source>Revoke and forget the tokens; print the logout page.</source>
        <translation>Die Tokens widerrufen und vergessen; die Abmeldeseite ausgeben.</translation>
    </message>
    <message>
        <source>Show, verify, refresh, revoke or introspect a connection&apos;s tokens.</source>
        <translation>Die Tokens einer Verbindung anzeigen, prüfen, erneuern, widerrufen oder per Introspektion abfragen.</translation>
    </message>
    <message>
        <source>Print a pipeline&apos;s records as JSON lines.</source>
        <translation>Die Datensätze einer Pipeline als JSON-Zeilen ausgeben.</translation>
    </message>
    <message>
        <source>Extract a pipeline and load it into SQLite.</source>
        <translation>Eine Pipeline extrahieren und in SQLite laden.</translation>
    </message>
    <message>
        <source>Load a JSON-lines file into SQLite, or turn a dlt config into a pipeline file.</source>
        <translation>Eine JSON-Lines-Datei in SQLite laden oder eine dlt-Konfiguration in eine Pipeline-Datei umwandeln.</translation>
    </message>
    <message>
        <source>Show the tables and columns a SQLite file holds.</source>
        <translation>Die Tabellen und Spalten anzeigen, die eine SQLite-Datei enthält.</translation>
    </message>
    <message>
        <source>Write a built-in pipeline file (&quot;sandbox&quot;, &quot;aps-data-management&quot;) for one of your connections.</source>
        <translation>Eine mitgelieferte Pipeline-Datei („sandbox“, „aps-data-management“) für eine Ihrer Verbindungen schreiben.</translation>
    </message>
    <message>
        <source>Write a pipeline as a dlt Python script.</source>
        <translation>Eine Pipeline als dlt-Python-Skript schreiben.</translation>
    </message>
    <message>
        <source>Keep or forget a secret that pipeline files name as {secrets.NAME}.</source>
        <translation>Ein Secret aufbewahren oder vergessen, auf das Pipeline-Dateien als {secrets.NAME} verweisen.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>&quot;grantline-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>„grantline-cli COMMAND --help“ zeigt die Optionen eines Befehls an.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Aufruf:</translation>
    </message>
    <message>
        <source>List the pipelines in the Grantline home; extract, run and export take their names as well as paths (a path that exists wins).</source>
        <translation>Die Pipelines im Grantline-Verzeichnis auflisten; extract, run und export nehmen ihre Namen ebenso wie Pfade an (ein existierender Pfad hat Vorrang).</translation>
    </message>
</context>
<context>
    <name>CliExtraction</name>
    <message>
        <source>Note: resource &quot;%1&quot;: detected paginator %2 (confidence %3); write it into the pipeline file to pin it.</source>
        <translation>Hinweis: Ressource „%1“: erkannter Paginator %2 (Sicherheit %3); schreiben Sie ihn in die Pipeline-Datei, um ihn festzulegen.</translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: detected data_selector &quot;%2&quot;.</source>
        <translation>Hinweis: Ressource „%1“: erkannter data_selector „%2“.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: %2; trying again in %3 s (attempt %4).</source>
        <translation>Hinweis: Ressource „%1“: %2; neuer Versuch in %3 s (Versuch %4).</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3.</source>
        <translation>--%1 erwartet eine ganze Zahl von %2 bis %3.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>&quot;%1&quot; is signed out: run grantline-cli login %1.</source>
        <translation>„%1“ ist abgemeldet: Führen Sie grantline-cli login %1 aus.</translation>
    </message>
    <message>
        <source>%1 Or run the command with --session-only to keep secrets in memory until it ends.</source>
        <translation>%1 Oder führen Sie den Befehl mit --session-only aus, um Secrets bis zu seinem Ende im Speicher zu halten.</translation>
    </message>
    <message>
        <source>expiry unknown (the provider did not say)</source>
        <translation>Ablauf unbekannt (der Anbieter hat ihn nicht genannt)</translation>
    </message>
    <message>
        <source>--session-only would forget %1 when this command ends: run it without --session-only, with the keychain.</source>
        <translation>--session-only würde %1 am Ende dieses Befehls vergessen: Führen Sie ihn ohne --session-only mit dem Schlüsselbund aus.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsAuth</name>
    <message>
        <source>App token for %1 (client credentials)</source>
        <translation>App-Token für %1 (Client-Credentials)</translation>
    </message>
</context>
<context>
    <name>ConfigSection</name>
    <message>
        <source>write the object form, with secrets as references: {&quot;type&quot;: &quot;%1&quot;, …: &quot;{secrets.NAME}&quot;}</source>
        <translation>schreiben Sie die Objektform, mit Secrets als Verweise: {&quot;type&quot;: &quot;%1&quot;, …: &quot;{secrets.NAME}&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type (known: %2)</source>
        <translation>„%1“ ist kein Authentifizierungstyp (bekannt: %2)</translation>
    </message>
    <message>
        <source>holds a secret written into the file; store it in the keychain and write &quot;{secrets.NAME}&quot; here instead</source>
        <translation>enthält ein in die Datei geschriebenes Secret; speichern Sie es im Schlüsselbund und schreiben Sie hier stattdessen „{secrets.NAME}“</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>unbekannter Schlüssel (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>unbekannter Schlüssel; meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>muss eine Zeichenkette sein, nicht %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>muss einer von %1 sein, nicht „%2“</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>muss true oder false sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>muss eine Zahl sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>muss eine ganze Zahl von mindestens %1 sein</translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation>muss eine Liste von Zeichenketten sein, nicht %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>muss eine Liste sein</translation>
    </message>
    <message>
        <source>needs a status_code, a content or both</source>
        <translation>braucht einen status_code, einen content oder beides</translation>
    </message>
    <message>
        <source>an object here must have &quot;type&quot;: &quot;resolve&quot; or &quot;incremental&quot;</source>
        <translation>ein Objekt muss hier &quot;type&quot;: &quot;resolve&quot; oder &quot;incremental&quot; haben</translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot; (write &quot;{{&quot; or &quot;}}&quot; for a literal brace)</source>
        <translation>hat ein &quot;{&quot; oder &quot;}&quot; ohne Gegenstück (schreiben Sie &quot;{{&quot; oder &quot;}}&quot; für eine wörtliche Klammer)</translation>
    </message>
    <message>
        <source>uses {%1} but the endpoint has no &quot;incremental&quot; section</source>
        <translation>verwendet {%1}, aber der Endpunkt hat keinen Abschnitt &quot;incremental&quot;</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Grantline knows (resources.…, incremental.…)</source>
        <translation>{%1} ist kein Platzhalter, den Grantline kennt (resources.…, incremental.…)</translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot;</source>
        <translation>hat ein &quot;{&quot; oder &quot;}&quot; ohne Gegenstück</translation>
    </message>
    <message>
        <source>cannot be used together with &quot;json&quot;: a request has one body</source>
        <translation>kann nicht zusammen mit &quot;json&quot; verwendet werden: eine Anfrage hat einen Inhalt</translation>
    </message>
    <message>
        <source>needs an initial_value to start from</source>
        <translation>braucht einen initial_value als Ausgangspunkt</translation>
    </message>
    <message>
        <source>cannot be used together with &quot;%1&quot;: the value goes either in the query or in the JSON body</source>
        <translation>kann nicht zusammen mit „%1“ verwendet werden: der Wert geht entweder in die Abfrage oder in den JSON-Inhalt</translation>
    </message>
    <message>
        <source>this paginator would never stop: give a total_path, a maximum, a has_more_path or stop_after_empty_page</source>
        <translation>dieser Paginator würde nie anhalten: geben Sie einen total_path, ein Maximum, einen has_more_path oder stop_after_empty_page an</translation>
    </message>
    <message>
        <source>must be a paginator name or an object</source>
        <translation>muss ein Paginator-Name oder ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator (known: %2)</source>
        <translation>„%1“ ist kein Paginator (bekannt: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator; did you mean &quot;%2&quot;?</source>
        <translation>„%1“ ist kein Paginator; meinten Sie „%2“?</translation>
    </message>
    <message>
        <source>is required, so &quot;%1&quot; needs the object form: {&quot;type&quot;: &quot;%1&quot;, &quot;%2&quot;: …}</source>
        <translation>ist erforderlich, daher braucht „%1“ die Objektform: {&quot;type&quot;: &quot;%1&quot;, &quot;%2&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>„%1“ ist keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>must be &quot;sqlite&quot; or {&quot;type&quot;: &quot;sqlite&quot;, &quot;path&quot;: …}</source>
        <translation>muss &quot;sqlite&quot; oder {&quot;type&quot;: &quot;sqlite&quot;, &quot;path&quot;: …} sein</translation>
    </message>
    <message>
        <source>must list at least one resource</source>
        <translation>muss mindestens eine Ressource auflisten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another resource already</source>
        <translation>„%1“ wird bereits von einer anderen Ressource verwendet</translation>
    </message>
    <message>
        <source>credentials would travel unencrypted: use https (plain http only reaches this computer)</source>
        <translation>Zugangsdaten würden unverschlüsselt übertragen: verwenden Sie https (einfaches http erreicht nur diesen Computer)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 ist kein gültiges JSON: %2 in Zeile %3, Spalte %4</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>only applies to &quot;disposition&quot;: &quot;merge&quot;</source>
        <translation>gilt nur für &quot;disposition&quot;: &quot;merge&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;name&quot;</source>
        <translation>braucht einen &quot;name&quot;</translation>
    </message>
    <message>
        <source>a resource name must not be empty</source>
        <translation>ein Ressourcenname darf nicht leer sein</translation>
    </message>
    <message>
        <source>are Python functions in dlt; a pipeline file cannot hold them</source>
        <translation>sind in dlt Python-Funktionen; eine Pipeline-Datei kann sie nicht enthalten</translation>
    </message>
    <message>
        <source>belongs to each resource, not to the defaults</source>
        <translation>gehört zu jeder Ressource, nicht zu den Standardwerten</translation>
    </message>
    <message>
        <source>a resolve param needs &quot;resource&quot; and &quot;field&quot;</source>
        <translation>ein resolve-Parameter braucht &quot;resource&quot; und &quot;field&quot;</translation>
    </message>
    <message>
        <source>is resolved from the parent but the path has no {%1}</source>
        <translation>wird vom Elternteil aufgelöst, aber der Pfad hat kein {%1}</translation>
    </message>
    <message>
        <source>{resources.%1} names no field of &quot;%1&quot; (write {resources.%1.id})</source>
        <translation>{resources.%1} nennt kein Feld von „%1“ (schreiben Sie {resources.%1.id})</translation>
    </message>
    <message>
        <source>takes values from several resources (%1); a resource has one parent</source>
        <translation>übernimmt Werte aus mehreren Ressourcen (%1); eine Ressource hat ein Elternteil</translation>
    </message>
    <message>
        <source>a resource cannot be its own parent</source>
        <translation>eine Ressource kann nicht ihr eigenes Elternteil sein</translation>
    </message>
    <message>
        <source>there is no resource named &quot;%1&quot;</source>
        <translation>es gibt keine Ressource namens „%1“</translation>
    </message>
    <message>
        <source>needs a parent resource, and &quot;%1&quot; has none</source>
        <translation>braucht eine Elternressource, und „%1“ hat keine</translation>
    </message>
    <message>
        <source>resources depend on each other in a circle: %1</source>
        <translation>Ressourcen hängen im Kreis voneinander ab: %1</translation>
    </message>
    <message>
        <source>{%1}: secrets go only into headers and auth, never into an address or a body</source>
        <translation>{%1}: Secrets gehen nur in Header und Authentifizierung, nie in eine Adresse oder einen Inhalt</translation>
    </message>
    <message>
        <source>an endpoint has one incremental: this one and the &quot;incremental&quot; section cannot both be used</source>
        <translation>ein Endpunkt hat ein Inkrement: dieses und der Abschnitt &quot;incremental&quot; können nicht beide verwendet werden</translation>
    </message>
    <message>
        <source>the param form takes no end_value; use the &quot;incremental&quot; section for a range</source>
        <translation>die Parameterform nimmt keinen end_value; verwenden Sie für einen Bereich den Abschnitt &quot;incremental&quot;</translation>
    </message>
    <message>
        <source>form bodies are not supported yet; send the body as &quot;json&quot;</source>
        <translation>Formular-Inhalte werden noch nicht unterstützt; senden Sie den Inhalt als &quot;json&quot;</translation>
    </message>
    <message>
        <source>is on %1, not on the origin of base_url (%2); credentials and headers go only to base_url&apos;s origin, unless the resource has an &quot;auth&quot; of its own for that host</source>
        <translation>liegt auf %1, nicht auf dem Ursprung von base_url (%2); Zugangsdaten und Header gehen nur an den Ursprung von base_url, außer die Ressource hat ein eigenes &quot;auth&quot; für diesen Host</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>darf höchstens %1 sein</translation>
    </message>
    <message>
        <source>postgres needs its server: {&quot;type&quot;: &quot;postgres&quot;, &quot;credentials&quot;: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;}</source>
        <translation>postgres braucht seinen Server: {&quot;type&quot;: &quot;postgres&quot;, &quot;credentials&quot;: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination Grantline loads into (sqlite, postgres)</source>
        <translation>„%1“ ist kein Ziel, in das Grantline lädt (sqlite, postgres)</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>%1 Sign in again to go on.</source>
        <translation>%1 Melden Sie sich erneut an, um fortzufahren.</translation>
    </message>
    <message>
        <source>Refreshed: the new access token %1.</source>
        <translation>Erneuert: Das neue Zugriffstoken %1.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>Revoked: &quot;%1&quot; has no tokens left; sign in again to use it.</source>
        <translation>Widerrufen: „%1“ hat keine Tokens mehr; melden Sie sich erneut an, um die Verbindung zu verwenden.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Widerrufen.</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation>Der Anbieter von „%1“ hat keinen Introspektions-Endpunkt.</translation>
    </message>
    <message>
        <source>There is no token to ask about.</source>
        <translation>Es gibt kein Token, nach dem gefragt werden kann.</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>Laut Anbieter ist das Token aktiv.</translation>
    </message>
    <message>
        <source>The provider says the token is not active (expired, revoked or unknown).</source>
        <translation>Laut Anbieter ist das Token nicht aktiv (abgelaufen, widerrufen oder unbekannt).</translation>
    </message>
    <message>
        <source>The provider publishes no signing keys (JWKS), so the signature cannot be checked here.</source>
        <translation>Der Anbieter veröffentlicht keine Signaturschlüssel (JWKS), daher kann die Signatur hier nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Another action on &quot;%1&quot; is still running; try again when it has finished.</source>
        <translation>Eine andere Aktion für „%1“ läuft noch; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>The keychain did not answer for &quot;%1&quot;.</source>
        <translation>Der Schlüsselbund hat für „%1“ nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>ConnectionAuth</name>
    <message>
        <source>Sign-in of connection &quot;%1&quot;</source>
        <translation>Anmeldung der Verbindung „%1“</translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>usage: connection add|list|show NAME|remove NAME</source>
        <translation>Aufruf: connection add|list|show NAME|remove NAME</translation>
    </message>
    <message>
        <source>--client-type must be public, confidential or server.</source>
        <translation>--client-type muss public, confidential oder server sein.</translation>
    </message>
    <message>
        <source>--token-auth must be basic, post or none.</source>
        <translation>--token-auth muss basic, post oder none sein.</translation>
    </message>
    <message>
        <source>--grant refresh_token is not a way to sign in: choose authorization_code, client_credentials or the provider&apos;s own grant type.</source>
        <translation>--grant refresh_token ist keine Art der Anmeldung: Wählen Sie authorization_code, client_credentials oder den eigenen Grant-Typ des Anbieters.</translation>
    </message>
    <message>
        <source>--token-param wants name=value, not &quot;%1&quot;.</source>
        <translation>--token-param erwartet name=wert, nicht „%1“.</translation>
    </message>
    <message>
        <source>a manual provider needs at least --token-url.</source>
        <translation>ein manueller Anbieter braucht mindestens --token-url.</translation>
    </message>
    <message>
        <source>--provider %1 needs --issuer URL.</source>
        <translation>--provider %1 braucht --issuer URL.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>usage: connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [options]</source>
        <translation>Aufruf: connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [options]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>„%1“ ist kein gültiger Name: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>--provider must be aps, oidc, manual or sandbox.</source>
        <translation>--provider muss aps, oidc, manual oder sandbox sein.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>this app type needs its client secret: pass --client-secret-stdin and type it (or pipe it) on standard input.</source>
        <translation>dieser App-Typ braucht sein Client-Secret: Geben Sie --client-secret-stdin an und tippen (oder leiten) Sie es über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; removed, with its keychain entry.</source>
        <translation>Verbindung „%1“ samt Schlüsselbund-Eintrag entfernt.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>%1 · app %2 · %3</source>
        <translation>%1 · App %2 · %3</translation>
    </message>
</context>
<context>
    <name>ConnectionRegistry</name>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation>Die Verbindung „%1“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>an action on it is still running; try again when it has finished.</source>
        <translation>für sie läuft noch eine Aktion; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>ConnectionSaveJob</name>
    <message>
        <source>saving the connection &quot;%1&quot;</source>
        <translation>Das Speichern der Verbindung „%1“</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already; nothing was changed. Choose another name.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“; es wurde nichts geändert. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1 Nothing was saved; sign in again once the keychain works.</source>
        <translation>Die Tokens konnten nicht im Schlüsselbund gespeichert werden: %1 Es wurde nichts gespeichert; melden Sie sich erneut an, sobald der Schlüsselbund funktioniert.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 Nothing was kept.</source>
        <translation>Die Verbindung konnte nicht gespeichert werden: %1 Es wurde nichts übernommen.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretsReadJob</name>
    <message>
        <source>Reading the keychain entry of &quot;%1&quot;</source>
        <translation>Schlüsselbund-Eintrag von „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>The keychain entry of &quot;%1&quot; was not written by this Grantline; sign in again to replace it.</source>
        <translation>Der Schlüsselbund-Eintrag von „%1“ wurde nicht von diesem Grantline geschrieben; melden Sie sich erneut an, um ihn zu ersetzen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in.</source>
        <translation>„%1“ ist nicht angemeldet.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid connection name.</source>
        <translation>„%1“ ist kein gültiger Verbindungsname.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Es gibt keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>The connection file %1 cannot be read: %2.</source>
        <translation>Die Verbindungsdatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid connection name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>„%1“ ist kein gültiger Verbindungsname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
</context>
<context>
    <name>CredentialSet</name>
    <message>
        <source>The secret &quot;%1&quot; for the %2 auth was not found.</source>
        <translation>Das Secret „%1“ für die %2-Authentifizierung wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used here.</source>
        <translation>Die Verbindung „%1“ kann hier nicht verwendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type Grantline knows.</source>
        <translation>„%1“ ist kein Authentifizierungstyp, den Grantline kennt.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your app&apos;s credentials</source>
        <translation>Die Zugangsdaten Ihrer App</translation>
    </message>
    <message>
        <source>Copy them from the app&apos;s settings in the provider&apos;s portal.</source>
        <translation>Kopieren Sie sie aus den Einstellungen der App im Portal des Anbieters.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>The client ID shown in the app&apos;s settings at the provider</source>
        <translation>Die Client-ID aus den Einstellungen der App beim Anbieter</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Kept in your system keychain only, never in a file</source>
        <translation>Wird nur in Ihrem System-Schlüsselbund aufbewahrt, nie in einer Datei</translation>
    </message>
    <message>
        <source>Send the secret &amp;as:</source>
        <translation>Secret senden &amp;als:</translation>
    </message>
    <message>
        <source>How the token request proves it comes from your app; most providers take either</source>
        <translation>Wie die Token-Anfrage nachweist, dass sie von Ihrer App stammt; die meisten Anbieter akzeptieren beides</translation>
    </message>
    <message>
        <source>HTTP Basic authentication (client_secret_basic)</source>
        <translation>HTTP-Basic-Authentifizierung (client_secret_basic)</translation>
    </message>
    <message>
        <source>Form fields (client_secret_post)</source>
        <translation>Formularfelder (client_secret_post)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after unlocking it</source>
        <translation>Den Schlüsselbund erneut abfragen, zum Beispiel nach dem Entsperren</translation>
    </message>
    <message>
        <source>Show the secret while you check it</source>
        <translation>Das Secret beim Prüfen anzeigen</translation>
    </message>
    <message>
        <source>Paste the client ID from the app&apos;s settings at the provider.</source>
        <translation>Fügen Sie die Client-ID aus den Einstellungen der App beim Anbieter ein.</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check what was copied.</source>
        <translation>Eine Client-ID enthält keine Leerzeichen oder Zeilenumbrüche; prüfen Sie, was kopiert wurde.</translation>
    </message>
    <message>
        <source>This type of app has a client secret: paste it from the portal.</source>
        <translation>Dieser App-Typ hat ein Client-Secret: Fügen Sie es aus dem Portal ein.</translation>
    </message>
    <message>
        <source>The secret starts or ends with a space, which was probably copied by mistake.</source>
        <translation>Das Secret beginnt oder endet mit einem Leerzeichen, das wahrscheinlich versehentlich mitkopiert wurde.</translation>
    </message>
    <message>
        <source>Checking that your keychain can keep the tokens…</source>
        <translation>Es wird geprüft, ob Ihr Schlüsselbund die Tokens aufbewahren kann…</translation>
    </message>
    <message>
        <source>Your keychain is ready: %1</source>
        <translation>Ihr Schlüsselbund ist bereit: %1</translation>
    </message>
    <message>
        <source>%1 Unlock it (your desktop&apos;s Passwords and Keys app does that), then click Check again.</source>
        <translation>%1 Entsperren Sie ihn (das geht mit der Anwendung „Passwörter und Schlüssel“ Ihres Desktops) und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>%1 Grantline keeps secrets only in a keychain: start one (on Linux, gnome-keyring or KeePassXC&apos;s Secret Service), then click Check again.</source>
        <translation>%1 Grantline bewahrt Secrets nur in einem Schlüsselbund auf: Starten Sie einen (unter Linux gnome-keyring oder den Secret Service von KeePassXC) und klicken Sie dann auf „Erneut prüfen“.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Zeilen</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>Loads and S&amp;tate</source>
        <translation>Ladevorgänge und Zus&amp;tand</translation>
    </message>
    <message>
        <source>Pl&amp;ot</source>
        <translation>Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Views of the data</source>
        <translation>Ansichten der Daten</translation>
    </message>
    <message>
        <source>Tables of the dataset</source>
        <translation>Tabellen des Datensatzes</translation>
    </message>
    <message>
        <source>Dataset notice</source>
        <translation>Hinweis zum Datensatz</translation>
    </message>
    <message>
        <source>No data to show.</source>
        <translation>Keine Daten anzuzeigen.</translation>
    </message>
    <message>
        <source>No data yet: %1 does not exist. Run the pipeline to load data into it; it shows here as soon as the first load commits.</source>
        <translation>Noch keine Daten: %1 existiert nicht. Führen Sie die Pipeline aus, um Daten hineinzuladen; sie erscheinen hier, sobald der erste Ladevorgang festgeschrieben ist.</translation>
    </message>
    <message>
        <source>the result of the SQL console</source>
        <translation>das Ergebnis der SQL-Konsole</translation>
    </message>
    <message>
        <source>This pipeline loads into the schema %1 of %2, not into a file, so its data is not shown here. Open it with PostgreSQL&apos;s own tools, for example:

psql &quot;%3&quot;
SET search_path TO &quot;%1&quot;;</source>
        <translation>Diese Pipeline lädt in das Schema %1 von %2, nicht in eine Datei, daher werden ihre Daten hier nicht gezeigt. Öffnen Sie sie mit den Werkzeugen von PostgreSQL, zum Beispiel:

psql &quot;%3&quot;
SET search_path TO &quot;%1&quot;;</translation>
    </message>
</context>
<context>
    <name>DatabaseWindow</name>
    <message>
        <source>%1 — Grantline</source>
        <translation>%1 — Grantline</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Datenbank %1</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Why the destination cannot be saved yet</source>
        <translation>Warum das Ziel noch nicht gespeichert werden kann</translation>
    </message>
    <message>
        <source>Save the destination</source>
        <translation>Das Ziel speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 behält Geheimnisse nur, bis Grantline beendet wird; die Pipeline könnte danach nicht mehr laufen. Machen Sie zuerst den Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Change the destination</source>
        <translation>Das Ziel ändern</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The destination was changed, but the password was not stored: %1</source>
        <translation>Das Ziel wurde geändert, aber das Passwort wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <source>Test C&amp;onnection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Where the data goes</source>
        <translation>Wohin die Daten gehen</translation>
    </message>
    <message>
        <source>A SQLite file on this computer</source>
        <translation>Eine SQLite-Datei auf diesem Computer</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>Ein PostgreSQL-Server</translation>
    </message>
    <message>
        <source>SQLite file the data goes to</source>
        <translation>SQLite-Datei, in die die Daten gehen</translation>
    </message>
    <message>
        <source>PostgreSQL server URL, without the password</source>
        <translation>URL des PostgreSQL-Servers, ohne das Passwort</translation>
    </message>
    <message>
        <source>Dataset, the schema the tables go into</source>
        <translation>Datensatz, das Schema, in das die Tabellen gehen</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL user</source>
        <translation>Passwort des PostgreSQL-Benutzers</translation>
    </message>
    <message>
        <source>Test the connection to the PostgreSQL server</source>
        <translation>Die Verbindung zum PostgreSQL-Server testen</translation>
    </message>
    <message>
        <source>What the connection test found</source>
        <translation>Was der Verbindungstest ergab</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>SQLite-Datei wählen</translation>
    </message>
    <message>
        <source>Data &amp;goes to:</source>
        <translation>&amp;Ziel der Daten:</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>SQLite-&amp;Datei:</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver-URL:</translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation>Datensatz (S&amp;chema):</translation>
    </message>
    <message>
        <source>Password for t&amp;he server:</source>
        <translation>Passwort &amp;für den Server:</translation>
    </message>
    <message>
        <source>kept in the keychain as secret/%1; empty for none</source>
        <translation>im Schlüsselbund als secret/%1 abgelegt; leer für keines</translation>
    </message>
    <message>
        <source>stored in the keychain as secret/%1; type to replace it</source>
        <translation>im Schlüsselbund als secret/%1 gespeichert; tippen Sie, um es zu ersetzen</translation>
    </message>
    <message>
        <source>Type the server&apos;s URL: postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>Geben Sie die URL des Servers ein: postgresql://USER@HOST:5432/DATABASE.</translation>
    </message>
    <message>
        <source>The server&apos;s URL %1.</source>
        <translation>Die URL des Servers: %1.</translation>
    </message>
    <message>
        <source>Choose the SQLite file the data goes to.</source>
        <translation>Wählen Sie die SQLite-Datei, in die die Daten gehen.</translation>
    </message>
    <message>
        <source>Type the dataset: the schema on the server the tables go into.</source>
        <translation>Geben Sie den Datensatz ein: das Schema auf dem Server, in das die Tabellen gehen.</translation>
    </message>
    <message>
        <source>SQLite file of the pipeline</source>
        <translation>SQLite-Datei der Pipeline</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation>SQLite-Dateien (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>The tables go into the schema %1, dlt&apos;s name for this dataset.</source>
        <translation>Die Tabellen kommen in das Schema %1, den Namen, den dlt diesem Datensatz gibt.</translation>
    </message>
</context>
<context>
    <name>DetectedWriter</name>
    <message>
        <source>Use what Test request detected for %1</source>
        <translation>Übernehmen, was der Anfragetest für %1 erkannt hat</translation>
    </message>
    <message>
        <source>Use the detected paginator of %1</source>
        <translation>Den erkannten Paginator von %1 verwenden</translation>
    </message>
</context>
<context>
    <name>DiscoveryJob</name>
    <message>
        <source>Looking up the provider %1</source>
        <translation>Anbieter %1 wird abgefragt</translation>
    </message>
    <message>
        <source>No provider metadata was found for %1 (%2). Check the issuer URL, or enter the endpoints by hand.</source>
        <translation>Für %1 wurden keine Anbieter-Metadaten gefunden (%2). Prüfen Sie die Issuer-URL oder geben Sie die Endpunkte von Hand ein.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The provider does not say whether it supports PKCE; Grantline sends it anyway. If sign-in fails, the provider may not support it.</source>
        <translation>Der Anbieter sagt nicht, ob er PKCE unterstützt; Grantline sendet es trotzdem. Schlägt die Anmeldung fehl, unterstützt der Anbieter es vielleicht nicht.</translation>
    </message>
</context>
<context>
    <name>DispositionForm</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>&amp;Write disposition:</source>
        <translation>Sc&amp;hreibweise:</translation>
    </message>
    <message>
        <source>Merge strate&amp;gy:</source>
        <translation>Zusammenführungsstrate&amp;gie:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>DltConfigImporter</name>
    <message>
        <source>The %1 of %2 goes to the keychain as &quot;%3&quot;.</source>
        <translation>%1 von %2 kommt als „%3“ in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>%1 of %2 goes to the keychain as &quot;%3&quot;.</source>
        <translation>%1 von %2 kommt als „%3“ in den Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>DltExport</name>
    <message>
        <source>Fix the pipeline first; dlt would not run it either: %1</source>
        <translation>Korrigieren Sie zuerst die Pipeline; auch dlt würde sie nicht ausführen: %1</translation>
    </message>
    <message>
        <source>Export as dlt script</source>
        <translation>Als dlt-Skript exportieren</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Python-Skripte (*.py)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The dlt script is in %1.</source>
        <translation>Das dlt-Skript liegt in %1.</translation>
    </message>
</context>
<context>
    <name>DltImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 holds secrets, and %2 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 enthält Geheimnisse, und %2 behält sie nur, bis Grantline beendet wird; danach könnte die Pipeline nicht mehr laufen. Machen Sie zuerst den Schlüsselbund verfügbar.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>The connection is saved and its tokens are in your keychain.</source>
        <translation>Die Verbindung ist gespeichert und ihre Tokens liegen in Ihrem Schlüsselbund.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is signed in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; ist als &lt;b&gt;%2&lt;/b&gt; angemeldet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation>ein unbenanntes Konto</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; has a token for the app itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; hat ein Token für die App selbst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The access token %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das Zugriffstoken %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no refresh token: when the access token expires, sign in again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es gibt kein Aktualisierungstoken: Wenn das Zugriffstoken abläuft, melden Sie sich erneut an.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Grantline refreshes the access token by itself while the refresh token lasts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Grantline erneuert das Zugriffstoken selbstständig, solange das Aktualisierungstoken gültig ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: look at the token in the connection&apos;s &lt;b&gt;Token&lt;/b&gt; tab, or use the connection from grantline-cli as &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Als Nächstes: Sehen Sie sich das Token in der Registerkarte &lt;b&gt;Token&lt;/b&gt; der Verbindung an, oder verwenden Sie die Verbindung in grantline-cli als &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EditConnectionDialog</name>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>Type a new secret to replace the one in the keychain; leave empty to keep it</source>
        <translation>Geben Sie ein neues Secret ein, um das im Schlüsselbund zu ersetzen; lassen Sie das Feld leer, um es zu behalten</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>any free port on 127.0.0.1</source>
        <translation>beliebiger freier Port auf 127.0.0.1</translation>
    </message>
    <message>
        <source>Exactly as registered at the provider, port included</source>
        <translation>Genau wie beim Anbieter registriert, einschließlich Port</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>The client ID cannot be empty.</source>
        <translation>Die Client-ID darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The changes apply at the next sign-in.</source>
        <translation>Die Änderungen gelten ab der nächsten Anmeldung.</translation>
    </message>
    <message>
        <source>Another action on this connection is still running; save again when it has finished.</source>
        <translation>Eine andere Aktion für diese Verbindung läuft noch; speichern Sie erneut, wenn sie beendet ist.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain, so nothing was changed: %1</source>
        <translation>Das Secret konnte nicht im Schlüsselbund gespeichert werden, daher wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>EditorField</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
</context>
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
    <name>EndpointEditor</name>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Resource defaults</source>
        <translation>Ressourcen-Standardwerte</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Parts of the endpoint</source>
        <translation>Teile des Endpunkts</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <source>H&amp;eaders:</source>
        <translation>H&amp;eader:</translation>
    </message>
    <message>
        <source>A&amp;uth:</source>
        <translation>A&amp;uthentifizierung:</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Anfrage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>Pfa&amp;d:</translation>
    </message>
    <message>
        <source>P&amp;arams:</source>
        <translation>Pa&amp;rameter:</translation>
    </message>
    <message>
        <source>&amp;JSON body:</source>
        <translation>&amp;JSON-Inhalt:</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ant&amp;wort</translation>
    </message>
    <message>
        <source>&amp;Data selector:</source>
        <translation>&amp;Datenselektor:</translation>
    </message>
    <message>
        <source>Response a&amp;ctions:</source>
        <translation>Antwort-A&amp;ktionen:</translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation>&amp;Inkrementell</translation>
    </message>
    <message>
        <source>C&amp;ursor path:</source>
        <translation>C&amp;ursor-Pfad:</translation>
    </message>
    <message>
        <source>Initial &amp;value:</source>
        <translation>Anfan&amp;gswert:</translation>
    </message>
    <message>
        <source>&amp;End value:</source>
        <translation>&amp;Endwert:</translation>
    </message>
    <message>
        <source>Start para&amp;m:</source>
        <translation>Start-Para&amp;meter:</translation>
    </message>
    <message>
        <source>E&amp;nd param:</source>
        <translation>E&amp;nd-Parameter:</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <source>&amp;Table name:</source>
        <translation>&amp;Tabellenname:</translation>
    </message>
    <message>
        <source>Primary &amp;key:</source>
        <translation>&amp;Primärschlüssel:</translation>
    </message>
    <message>
        <source>Merge ke&amp;y:</source>
        <translation>&amp;Zusammenführungsschlüssel:</translation>
    </message>
    <message>
        <source>Max table &amp;nesting:</source>
        <translation>Maximale Tabellens&amp;chachtelung:</translation>
    </message>
    <message>
        <source>Include &amp;from parent:</source>
        <translation>Vom Elter&amp;n übernehmen:</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Spa&amp;lten:</translation>
    </message>
    <message>
        <source>Problem of the change</source>
        <translation>Problem der Änderung</translation>
    </message>
    <message>
        <source>Store &amp;Secret…</source>
        <translation>&amp;Secret speichern…</translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <source>Store a value in the keychain and write {secrets.NAME} at the cursor of the headers or auth field</source>
        <translation>Einen Wert im Schlüsselbund speichern und {secrets.NAME} an der Cursorposition im Header- oder Authentifizierungsfeld einfügen</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Änderungen übernehmen</translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation>aus resource_defaults</translation>
    </message>
    <message>
        <source>from client</source>
        <translation>vom Client</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Edit resource defaults</source>
        <translation>Ressourcen-Standardwerte bearbeiten</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Client bearbeiten</translation>
    </message>
    <message>
        <source>Last value &amp;function:</source>
        <translation>&amp;Letzter-Wert-Funktion:</translation>
    </message>
    <message>
        <source>R&amp;ow order:</source>
        <translation>Zeilen&amp;reihenfolge:</translation>
    </message>
    <message>
        <source>&amp;Lag:</source>
        <translation>&amp;Verzögerung:</translation>
    </message>
    <message>
        <source>If the cursor is missin&amp;g:</source>
        <translation>Wenn der Cursor &amp;fehlt:</translation>
    </message>
    <message>
        <source>Range st&amp;art:</source>
        <translation>Bereic&amp;hsanfang:</translation>
    </message>
    <message>
        <source>Range en&amp;d:</source>
        <translation>Bereichsen&amp;de:</translation>
    </message>
    <message>
        <source>Se&amp;lected:</source>
        <translation>Ausg&amp;ewählt:</translation>
    </message>
    <message>
        <source>P&amp;arallelized:</source>
        <translation>Parallelisie&amp;rt:</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Gleichzeitige &amp;Anfragen:</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Anfragen pro &amp;Minute:</translation>
    </message>
    <message>
        <source>Grantline&apos;s default</source>
        <translation>Grantlines Vorgabe</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
</context>
<context>
    <name>EndpointSelection</name>
    <message>
        <source>Cannot remember the ticked endpoints in %1: %2</source>
        <translation>Die angehakten Endpunkte können in %1 nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the pipeline has no file yet</source>
        <translation>die Pipeline hat noch keine Datei</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>from client</source>
        <translation>aus client</translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation>aus resource_defaults</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>column header: ticked for the next run</comment>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Data selector</source>
        <translation>Datenselektor</translation>
    </message>
    <message>
        <source>Paginator</source>
        <translation>Paginator</translation>
    </message>
    <message>
        <source>Write disposition</source>
        <translation>Schreibmodus</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>Incremental cursor</source>
        <translation>Inkrementeller Cursor</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Eltern</translation>
    </message>
    <message>
        <source>Last run rows</source>
        <translation>Zeilen des letzten Laufs</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
    <message>
        <source>Tick endpoints</source>
        <translation>Endpunkte anhaken</translation>
    </message>
    <message>
        <source>Untick endpoints</source>
        <translation>Endpunkte abhaken</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>Endpunkt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate endpoint %1</source>
        <translation>Endpunkt %1 duplizieren</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Endpunkt %1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt entfernen</numerusform>
            <numerusform>%n Endpunkte entfernen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsTab</name>
    <message numerus="yes">
        <source>Remove %n endpoint(s)</source>
        <translation>
            <numerusform>%n Endpunkt entfernen</numerusform>
            <numerusform>%n Endpunkte entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter endpoints by name (Ctrl+F)</source>
        <translation>Endpunkte nach Namen filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter endpoints by name</source>
        <translation>Endpunkte nach Namen filtern</translation>
    </message>
    <message>
        <source>Endpoints of the pipeline</source>
        <translation>Endpunkte der Pipeline</translation>
    </message>
</context>
<context>
    <name>ExtractJob</name>
    <message>
        <source>Extracting %1</source>
        <translation>%1 wird extrahiert</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource „%1“: %2</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: the paginator asked for %2 a second time; stopped there to avoid a loop. Check the paginator settings.</source>
        <translation>Ressource „%1“: Der Paginator hat %2 ein zweites Mal angefordert; dort angehalten, um eine Schleife zu vermeiden. Prüfen Sie die Paginator-Einstellungen.</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>the data_selector &quot;%1&quot; matches nothing in the answer from %2 (it has: %3).</source>
        <translation>der data_selector „%1“ findet nichts in der Antwort von %2 (sie hat: %3).</translation>
    </message>
    <message>
        <source> (a page titled &quot;%1&quot;)</source>
        <translation> (eine Seite mit dem Titel „%1“)</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page%2 instead of JSON.</source>
        <translation>%1 hat mit einer HTML-Seite%2 statt mit JSON geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>the limit of %n record(s) is reached</source>
        <translation>
            <numerusform>die Grenze von %n Datensatz ist erreicht</numerusform>
            <numerusform>die Grenze von %n Datensätzen ist erreicht</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing newer than the incremental cursor</source>
        <translation>nichts Neueres als der inkrementelle Cursor</translation>
    </message>
    <message>
        <source>the %1 paginator finds no next page</source>
        <translation>der Paginator %1 findet keine nächste Seite</translation>
    </message>
</context>
<context>
    <name>ExtractStats</name>
    <message>
        <source>Resource &quot;%1&quot;: page %2 of %3</source>
        <translation>Ressource „%1“: Seite %2 von %3</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: page %2</source>
        <translation>Ressource „%1“: Seite %2</translation>
    </message>
</context>
<context>
    <name>ExtractionPlan</name>
    <message>
        <source>The pipeline has no resource &quot;%1&quot; (it has: %2).</source>
        <translation>Die Pipeline hat keine Ressource „%1“ (sie hat: %2).</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The secret %1 is neither in the keychain nor in the environment, so nothing was requested. Store it, and the run starts again.</source>
        <translation>Das Secret %1 ist weder im Schlüsselbund noch in der Umgebung, daher wurde nichts angefragt. Speichern Sie es, dann startet der Lauf erneut.</translation>
    </message>
    <message>
        <source>Another program is writing to %1 and holds its lock. Close the file there (a database browser, another run), then run again.</source>
        <translation>Ein anderes Programm schreibt in %1 und hält dessen Sperre. Schließen Sie die Datei dort (ein Datenbank-Browser, ein anderer Lauf) und führen Sie erneut aus.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is probably full. Nothing of this run was kept. Free some space, then run again.</source>
        <translation>%1 konnte nicht geschrieben werden: Der Datenträger ist wahrscheinlich voll. Nichts von diesem Lauf wurde behalten. Geben Sie Speicher frei und führen Sie erneut aus.</translation>
    </message>
    <message>
        <source>%1 is read-only for you: nothing can be loaded into it. Change its permissions, or choose another file in the pipeline.</source>
        <translation>%1 ist für Sie schreibgeschützt: Nichts kann hineingeladen werden. Ändern Sie die Berechtigungen oder wählen Sie in der Pipeline eine andere Datei.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database Grantline can use. Choose another file in the pipeline.</source>
        <translation>%1 ist keine SQLite-Datenbank, die Grantline nutzen kann. Wählen Sie in der Pipeline eine andere Datei.</translation>
    </message>
    <message>
        <source>The credentials could not be obtained or renewed: check the client&apos;s auth settings and secrets.</source>
        <translation>Die Zugangsdaten konnten nicht bezogen oder erneuert werden: Prüfen Sie die Authentifizierung des Clients und seine Secrets.</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired or was revoked: the provider no longer renews its tokens. Sign in again, and the run starts again.</source>
        <translation>Die Anmeldung bei %1 ist abgelaufen oder wurde widerrufen: Der Anbieter erneuert ihre Tokens nicht mehr. Melden Sie sich erneut an, dann startet der Lauf erneut.</translation>
    </message>
    <message>
        <source>The API refused the sign-in to %1 for &quot;%2&quot; (401), even after renewing it. Sign in again, and the run starts again.</source>
        <translation>Die API hat die Anmeldung bei %1 für „%2“ abgelehnt (401), auch nach der Erneuerung. Melden Sie sich erneut an, dann startet der Lauf erneut.</translation>
    </message>
    <message>
        <source>The API refused the credentials for &quot;%1&quot; (401): the secret %2 may be wrong or expired. Store its current value, and the run starts again.</source>
        <translation>Die API hat die Zugangsdaten für „%1“ abgelehnt (401): Das Secret %2 ist vielleicht falsch oder abgelaufen. Speichern Sie seinen aktuellen Wert, dann startet der Lauf erneut.</translation>
    </message>
    <message>
        <source>The API refused &quot;%1&quot; without credentials (401): the endpoint needs an auth.</source>
        <translation>Die API hat „%1“ ohne Zugangsdaten abgelehnt (401): Der Endpunkt braucht eine Authentifizierung.</translation>
    </message>
    <message>
        <source>The API does not let these credentials read &quot;%1&quot; (403 Forbidden): a scope or a permission is missing.</source>
        <translation>Die API lässt diese Zugangsdaten „%1“ nicht lesen (403 Forbidden): Ein Scope oder eine Berechtigung fehlt.</translation>
    </message>
    <message>
        <source>It asks for the scope %1.</source>
        <translation>Sie verlangt den Scope %1.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Sie sagt: %1</translation>
    </message>
    <message>
        <source>The connection %1 asks for: %2. Add what is missing, then sign in again.</source>
        <translation>Die Verbindung %1 fordert an: %2. Ergänzen Sie, was fehlt, und melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>no scope</source>
        <translation>keinen Scope</translation>
    </message>
    <message>
        <source>Check what the key or token may read at the provider.</source>
        <translation>Prüfen Sie beim Anbieter, was der Schlüssel oder das Token lesen darf.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 for the %3 record with %4 (404 Not Found): that record may have been deleted, or the path is wrong. To skip such records, add the response action {&quot;status_code&quot;: 404, &quot;action&quot;: &quot;ignore&quot;} to the endpoint.</source>
        <translation>„%1“ hat unter %2 nichts für den %3-Datensatz mit %4 (404 Not Found): Dieser Datensatz wurde vielleicht gelöscht, oder der Pfad ist falsch. Um solche Datensätze zu überspringen, fügen Sie dem Endpunkt die Antwortaktion {&quot;status_code&quot;: 404, &quot;action&quot;: &quot;ignore&quot;} hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 (404 Not Found): check the endpoint&apos;s path and the base URL.</source>
        <translation>„%1“ hat unter %2 nichts (404 Not Found): Prüfen Sie den Pfad des Endpunkts und die Basis-URL.</translation>
    </message>
    <message numerus="yes">
        <source>The API kept answering 429 Too Many Requests for &quot;%1&quot;, %n time(s) in a row, which is all the retries allow.</source>
        <translation>
            <numerusform>Die API hat für „%1“ %n Mal in Folge 429 Too Many Requests geantwortet, so oft wie die Wiederholungen erlauben.</numerusform>
            <numerusform>Die API hat für „%1“ %n Mal in Folge 429 Too Many Requests geantwortet, so oft wie die Wiederholungen erlauben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It asked to wait %n second(s); Run Again is ready after that.</source>
        <translation>
            <numerusform>Sie bat, %n Sekunde zu warten; danach ist Erneut ausführen bereit.</numerusform>
            <numerusform>Sie bat, %n Sekunden zu warten; danach ist Erneut ausführen bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a little, then run again.</source>
        <translation>Warten Sie etwas und führen Sie dann erneut aus.</translation>
    </message>
    <message numerus="yes">
        <source>The API failed on its side for &quot;%1&quot; (HTTP %2), %n time(s) in a row. Nothing of this run was kept; run again later.</source>
        <translation>
            <numerusform>Die API ist für „%1“ auf ihrer Seite gescheitert (HTTP %2), %n Mal in Folge. Nichts von diesem Lauf wurde behalten; führen Sie später erneut aus.</numerusform>
            <numerusform>Die API ist für „%1“ auf ihrer Seite gescheitert (HTTP %2), %n Mal in Folge. Nichts von diesem Lauf wurde behalten; führen Sie später erneut aus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came for &quot;%1&quot; (%n attempt(s)): check the network connection and the base URL, then run again.</source>
        <translation>
            <numerusform>Keine Antwort für „%1“ (%n Versuch): Prüfen Sie die Netzwerkverbindung und die Basis-URL und führen Sie erneut aus.</numerusform>
            <numerusform>Keine Antwort für „%1“ (%n Versuche): Prüfen Sie die Netzwerkverbindung und die Basis-URL und führen Sie erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of JSON: often a sign-in page, or a path or base URL that leads to the website rather than the API. Check the endpoint.</source>
        <translation>„%1“ hat mit einer Webseite statt mit JSON geantwortet: oft eine Anmeldeseite, oder ein Pfad oder eine Basis-URL, die zur Website statt zur API führt. Prüfen Sie den Endpunkt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with JSON that is cut off or malformed: the API or the network broke the answer. Run again; if it stays, the API is at fault.</source>
        <translation>„%1“ hat mit abgeschnittenem oder fehlerhaftem JSON geantwortet: Die API oder das Netzwerk hat die Antwort beschädigt. Führen Sie erneut aus; bleibt es so, liegt der Fehler bei der API.</translation>
    </message>
    <message>
        <source>Grantline stopped a request of &quot;%1&quot; that was not safe to send; the credentials went nowhere else.</source>
        <translation>Grantline hat eine Anfrage von „%1“ gestoppt, die nicht sicher zu senden war; die Zugangsdaten gingen nirgendwo anders hin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and what the API answered do not fit together. Check the endpoint.</source>
        <translation>„%1“ und die Antwort der API passen nicht zusammen. Prüfen Sie den Endpunkt.</translation>
    </message>
    <message>
        <source>The file&apos;s stored state cannot be read. Tick Full refresh and run again to start over.</source>
        <translation>Der in der Datei gespeicherte Zustand ist nicht lesbar. Haken Sie Vollständige Aktualisierung an und führen Sie erneut aus, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The run failed; nothing of it was kept.</source>
        <translation>Der Lauf ist fehlgeschlagen; nichts davon wurde behalten.</translation>
    </message>
    <message>
        <source>&amp;Store the Secret %1…</source>
        <translation>Secret %1 &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation>Bei %1 erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Edit the &amp;Scopes of %1…</source>
        <translation>&amp;Scopes von %1 bearbeiten…</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Erneut &amp;ausführen</translation>
    </message>
    <message>
        <source>Store the secret %1 in the keychain and run again</source>
        <translation>Das Secret %1 im Schlüsselbund speichern und erneut ausführen</translation>
    </message>
    <message>
        <source>Sign in to %1 again and run again</source>
        <translation>Erneut bei %1 anmelden und erneut ausführen</translation>
    </message>
    <message>
        <source>Edit the scopes of the connection %1, sign in and run again</source>
        <translation>Die Scopes der Verbindung %1 bearbeiten, anmelden und erneut ausführen</translation>
    </message>
    <message>
        <source>Open the editor of the endpoint %1</source>
        <translation>Den Editor des Endpunkts %1 öffnen</translation>
    </message>
    <message>
        <source>Run the same endpoints again</source>
        <translation>Dieselben Endpunkte erneut ausführen</translation>
    </message>
    <message>
        <source>E&amp;dit Endpoint %1…</source>
        <translation>Endpunkt %1 &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or went away during the load. Nothing of this run was kept. Once the server is up, run again.</source>
        <translation>Der PostgreSQL-Server war nicht erreichbar oder ist während des Ladens weggefallen. Nichts von diesem Lauf wurde behalten. Starten Sie erneut, sobald der Server läuft.</translation>
    </message>
    <message>
        <source>The PostgreSQL user may not write where the pipeline loads. Grant it the right, or choose another dataset or user in the pipeline.</source>
        <translation>Der PostgreSQL-Benutzer darf nicht dorthin schreiben, wohin die Pipeline lädt. Erteilen Sie ihm das Recht oder wählen Sie einen anderen Datensatz oder Benutzer in der Pipeline.</translation>
    </message>
    <message>
        <source>The PostgreSQL server stopped a statement of the load after its statement_timeout. Nothing of this run was kept. Raise the timeout for the pipeline&apos;s user, then run again.</source>
        <translation>Der PostgreSQL-Server hat eine Anweisung des Ladens nach seinem statement_timeout abgebrochen. Nichts von diesem Lauf wurde behalten. Erhöhen Sie das Zeitlimit für den Benutzer der Pipeline und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user, its password or the database. Check them in Destination… (Ctrl+Shift+D), then run again.</source>
        <translation>Der PostgreSQL-Server hat den Benutzer der Pipeline, sein Passwort oder die Datenbank abgelehnt. Prüfen Sie sie unter Ziel… (Strg+Umschalt+D) und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server had no connection free for the pipeline&apos;s user, or another session held what the load needed. Nothing of this run was kept. Run again in a moment.</source>
        <translation>Der PostgreSQL-Server hatte keine freie Verbindung für den Benutzer der Pipeline, oder eine andere Sitzung hielt, was das Laden brauchte. Nichts von diesem Lauf wurde behalten. Starten Sie gleich erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full. Nothing of this run was kept. Free space on the server, then run again.</source>
        <translation>Die Festplatte des PostgreSQL-Servers ist voll. Nichts von diesem Lauf wurde behalten. Schaffen Sie Platz auf dem Server und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user or its password, the secret %1. Store the right password, and the run starts again; or check the server in Destination… (Ctrl+Shift+D).</source>
        <translation>Der PostgreSQL-Server hat den Benutzer der Pipeline oder sein Passwort abgelehnt, das Geheimnis %1. Speichern Sie das richtige Passwort, und der Lauf startet erneut; oder prüfen Sie den Server unter Ziel… (Strg+Umschalt+D).</translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <translation>Filter der Spalte %1</translation>
    </message>
    <message>
        <source>Filter: &gt;5, &lt;=2024-01-01, =x, !=x, a..b, %text%, NULL, !NULL, !x (not), a|b (any of); text alone: contains</source>
        <translation>Filter: &gt;5, &lt;=2024-01-01, =x, !=x, a..b, %Text%, NULL, !NULL, !x (nicht), a|b (eines von); Text allein: enthält</translation>
    </message>
</context>
<context>
    <name>IncrementalCursor</name>
    <message>
        <source>The cursor path changed from &quot;%1&quot; to &quot;%2&quot;: starting from the initial value again.</source>
        <translation>Der Cursor-Pfad hat sich von „%1“ zu „%2“ geändert: Es wird wieder beim Anfangswert begonnen.</translation>
    </message>
    <message>
        <source>a record has no value at the cursor path &quot;%1&quot; (set on_cursor_value_missing to &quot;include&quot; or &quot;exclude&quot; to accept such records).</source>
        <translation>ein Datensatz hat keinen Wert am Cursor-Pfad „%1“ (setzen Sie on_cursor_value_missing auf &quot;include&quot; oder &quot;exclude&quot;, um solche Datensätze anzunehmen).</translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; holds %2, which cannot be compared with the start value %3.</source>
        <translation>der Cursor „%1“ enthält %2, was sich nicht mit dem Startwert %3 vergleichen lässt.</translation>
    </message>
    <message>
        <source>%1 records share the newest value of &quot;%2&quot;; each is remembered so the next run does not load it again. A cursor that changes more often (a time with seconds) keeps the state small.</source>
        <translation>%1 Datensätze teilen den neuesten Wert von „%2“; jeder wird gemerkt, damit der nächste Lauf ihn nicht erneut lädt. Ein Cursor, der sich öfter ändert (eine Zeit mit Sekunden), hält den Zustand klein.</translation>
    </message>
</context>
<context>
    <name>IncrementalCursors</name>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource „%1“: %2</translation>
    </message>
</context>
<context>
    <name>IntrospectionJob</name>
    <message>
        <source>The introspection answer has no &quot;active&quot; field.</source>
        <translation>Die Introspection-Antwort hat kein Feld &quot;active&quot;.</translation>
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
    <name>JsonField</name>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1: kein gültiges JSON</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>kein gültiges JSON: %1 in Zeile %2, Spalte %3</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>Das Lesen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON value (%3). Nothing of this import was saved.</source>
        <translation>%1, Zeile %2: kein JSON-Wert (%3). Nichts von diesem Import wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>JsonLinesSink</name>
    <message>
        <source>Could not write the records (is the output closed?).</source>
        <translation>Die Datensätze konnten nicht geschrieben werden (ist die Ausgabe geschlossen?).</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>der Text ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>&quot;%1&quot; is not a JSONPath Grantline understands: %2 at character %3.</source>
        <translation>„%1“ ist kein JSONPath, den Grantline versteht: %2 bei Zeichen %3.</translation>
    </message>
    <message>
        <source>it must start with &quot;$&quot;, a name or &quot;[&quot;</source>
        <translation>er muss mit &quot;$&quot;, einem Namen oder &quot;[&quot; beginnen</translation>
    </message>
    <message>
        <source>recursive descent (&quot;..&quot;) is not supported</source>
        <translation>rekursiver Abstieg (&quot;..&quot;) wird nicht unterstützt</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>ein Name fehlt</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>&quot;[&quot; is never closed</source>
        <translation>&quot;[&quot; wird nie geschlossen</translation>
    </message>
    <message>
        <source>&quot;[%1]&quot; is neither an index, &apos;*&apos; nor a quoted name</source>
        <translation>&quot;[%1]&quot; ist weder ein Index noch &apos;*&apos; noch ein Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>ein Name in Anführungszeichen wird nie geschlossen</translation>
    </message>
</context>
<context>
    <name>JsonSourceTree</name>
    <message>
        <source>text after the end</source>
        <translation>Text nach dem Ende</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>der Text endet zu früh</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a key in quotes was expected</source>
        <translation>ein Schlüssel in Anführungszeichen wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;:&quot; was expected after the key</source>
        <translation>„:“ wurde nach dem Schlüssel erwartet</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation>„,“ oder „}“ wurde erwartet</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation>„,“ oder „]“ wurde erwartet</translation>
    </message>
    <message>
        <source>a value was expected after &quot;,&quot;</source>
        <translation>nach „,“ wurde ein Wert erwartet</translation>
    </message>
    <message>
        <source>a number too large or too small</source>
        <translation>eine zu große oder zu kleine Zahl</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>Text, der kein gültiges UTF-8 ist</translation>
    </message>
    <message>
        <source>an unknown escape after &quot;\&quot;</source>
        <translation>eine unbekannte Escape-Sequenz nach „\“</translation>
    </message>
    <message>
        <source>\u wants four hexadecimal digits</source>
        <translation>\u verlangt vier Hexadezimalziffern</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>picked by the JSONPath</source>
        <translation>vom JSONPath gewählt</translation>
    </message>
</context>
<context>
    <name>JwtVerifier</name>
    <message>
        <source>This is an encrypted token (JWE); its contents cannot be shown.</source>
        <translation>Dies ist ein verschlüsseltes Token (JWE); sein Inhalt kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>This is not a signed JWT (it may be an opaque token).</source>
        <translation>Dies ist kein signiertes JWT (vielleicht ein opakes Token).</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm &quot;%1&quot; is not accepted (allowed: %2).</source>
        <translation>Der Algorithmus „%1“ des Tokens wird nicht akzeptiert (erlaubt: %2).</translation>
    </message>
    <message>
        <source>The token names critical header extensions this verifier does not know, so it must be rejected.</source>
        <translation>Das Token nennt kritische Header-Erweiterungen, die diese Prüfung nicht kennt, daher muss es abgelehnt werden.</translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s key: the token was altered or not issued by this provider.</source>
        <translation>Die Signatur passt nicht zum Schlüssel des Anbieters: Das Token wurde verändert oder nicht von diesem Anbieter ausgestellt.</translation>
    </message>
    <message>
        <source>The provider&apos;s key is shorter than 2048 bits and is not trusted.</source>
        <translation>Der Schlüssel des Anbieters ist kürzer als 2048 Bit und wird nicht als vertrauenswürdig angesehen.</translation>
    </message>
    <message>
        <source>The provider publishes no %1 key with the id &quot;%2&quot;.</source>
        <translation>Der Anbieter veröffentlicht keinen %1-Schlüssel mit der ID „%2“.</translation>
    </message>
    <message>
        <source>The token was issued by &quot;%1&quot;, not by &quot;%2&quot;.</source>
        <translation>Das Token wurde von „%1“ ausgestellt, nicht von „%2“.</translation>
    </message>
    <message>
        <source>The token is meant for another audience than &quot;%1&quot;.</source>
        <translation>Das Token ist für eine andere Zielgruppe als „%1“ bestimmt.</translation>
    </message>
    <message>
        <source>The signature is valid (%1, key &quot;%2&quot;).</source>
        <translation>Die Signatur ist gültig (%1, Schlüssel „%2“).</translation>
    </message>
    <message>
        <source>This is not a readable JWT.</source>
        <translation>Dies ist kein lesbares JWT.</translation>
    </message>
    <message>
        <source>The claims are valid; the signature was not checked (no key set).</source>
        <translation>Die Claims sind gültig; die Signatur wurde nicht geprüft (kein Schlüsselsatz).</translation>
    </message>
    <message>
        <source>The ID token was issued to another app (azp &quot;%1&quot;).</source>
        <translation>Das ID-Token wurde für eine andere App ausgestellt (azp „%1“).</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in (its nonce is not the one Grantline sent).</source>
        <translation>Das ID-Token gehört nicht zu dieser Anmeldung (seine Nonce ist nicht die, die Grantline gesendet hat).</translation>
    </message>
    <message>
        <source>The signature matches none of the provider&apos;s keys: the token was altered or not issued by this provider.</source>
        <translation>Die Signatur passt zu keinem Schlüssel des Anbieters: Das Token wurde verändert oder nicht von diesem Anbieter ausgestellt.</translation>
    </message>
    <message>
        <source>The ID token has no expiry (&quot;exp&quot;).</source>
        <translation>Das ID-Token hat kein Ablaufdatum (&quot;exp&quot;).</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Das Token ist um %1 abgelaufen.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Das Token ist vor %1 nicht gültig.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim (%2) is not a valid date.</source>
        <translation>Der Claim „%1“ (%2) ist kein gültiges Datum.</translation>
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
    <name>KeychainStatusJob</name>
    <message>
        <source>Checking the keychain</source>
        <translation>Die Prüfung des Schlüsselbunds</translation>
    </message>
    <message>
        <source>The keychain (%1) is available.</source>
        <translation>Der Schlüsselbund (%1) ist verfügbar.</translation>
    </message>
</context>
<context>
    <name>LoadCommands</name>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--write-disposition is append, replace or merge, not &quot;%1&quot;.</source>
        <translation>--write-disposition ist append, replace oder merge, nicht „%1“.</translation>
    </message>
    <message>
        <source>usage: schema --db FILE [--json]</source>
        <translation>Aufruf: schema --db FILE [--json]</translation>
    </message>
    <message>
        <source>%1 holds no dlt schema (no _dlt_version table): nothing was loaded into it yet.</source>
        <translation>%1 enthält kein dlt-Schema (keine Tabelle _dlt_version): Es wurde noch nichts hineingeladen.</translation>
    </message>
    <message>
        <source>Schema %1, version %2</source>
        <translation>Schema %1, Version %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run with --full-refresh to start over, or with --db to load into another file.</source>
        <translation>Führen Sie den Befehl mit --full-refresh aus, um neu zu beginnen, oder mit --db, um in eine andere Datei zu laden.</translation>
    </message>
    <message>
        <source>usage: import FILE.jsonl (--db FILE | --destination postgresql://…) --table NAME [--dataset NAME] [--primary-key COL]... [--write-disposition append|replace|merge] [--json]</source>
        <translation>Aufruf: import FILE.jsonl (--db FILE | --destination postgresql://…) --table NAME [--dataset NAME] [--primary-key COL]... [--write-disposition append|replace|merge] [--json]</translation>
    </message>
    <message>
        <source>--destination %1</source>
        <translation>--destination %1</translation>
    </message>
    <message>
        <source>usage: run PIPELINE.json [--db FILE | --destination postgresql://…] [--resource NAME]... [--full-refresh] [--json] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation>Aufruf: run PIPELINE.json [--db FILE | --destination postgresql://…] [--resource NAME]... [--full-refresh] [--json] [--concurrent-requests N] [--requests-per-minute N]</translation>
    </message>
</context>
<context>
    <name>LoadDestination</name>
    <message>
        <source>schema %1 of %2</source>
        <translation>Schema %1 von %2</translation>
    </message>
</context>
<context>
    <name>LoadStatistics</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>The pipeline state cannot be read.</source>
        <translation>Der Pipeline-Zustand ist nicht lesbar.</translation>
    </message>
    <message>
        <source>Pipeline %1, state version %2, saved %3</source>
        <translation>Pipeline %1, Zustandsversion %2, gespeichert am %3</translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>line %1: key &quot;%2&quot; appears twice; column &quot;%3&quot; keeps the later value.</source>
        <translation>Zeile %1: Der Schlüssel „%2“ kommt zweimal vor; die Spalte „%3“ behält den späteren Wert.</translation>
    </message>
    <message>
        <source>line %1: keys &quot;%2&quot; and &quot;%3&quot; both become column &quot;%4&quot;; the later value is kept.</source>
        <translation>Zeile %1: Die Schlüssel „%2“ und „%3“ werden beide zur Spalte „%4“; der spätere Wert wird behalten.</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource „%1“: %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>In %1 more of the records, two keys became one column too; the later values were kept.</source>
        <translation>Weitere Datensätze, in denen ebenfalls zwei Schlüssel zu einer Spalte wurden: %1; die späteren Werte wurden behalten.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>%1 held only null values; no column was made for it.</source>
        <translation>%1 enthielt nur Nullwerte; dafür wurde keine Spalte angelegt.</translation>
    </message>
    <message>
        <source>Records held two keys for one column (a key written twice, or keys such as &quot;a&quot; and &quot;A&quot;), %1 in all; the later value was kept.</source>
        <translation>Datensätze enthielten zwei Schlüssel für eine Spalte (ein doppelt geschriebener Schlüssel oder Schlüssel wie „a“ und „A“), insgesamt %1; der spätere Wert wurde behalten.</translation>
    </message>
    <message>
        <source>The schema stored in %1 cannot be read (%2). Load into another file.</source>
        <translation>Das in %1 gespeicherte Schema kann nicht gelesen werden (%2). Laden Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>The pipeline state stored in %1 cannot be read. A full refresh starts it over; or load into another file.</source>
        <translation>Der in %1 gespeicherte Pipeline-Zustand kann nicht gelesen werden. Eine vollständige Aktualisierung beginnt ihn neu; oder laden Sie in eine andere Datei.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Das Laden wurde abgebrochen; nichts davon wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>LoadsView</name>
    <message>
        <source>Table &amp;Sizes</source>
        <translation>Ta&amp;bellengrößen</translation>
    </message>
    <message>
        <source>Charts of the loads</source>
        <translation>Diagramme der Ladevorgänge</translation>
    </message>
    <message>
        <source>Chart: rows loaded per load per table</source>
        <translation>Diagramm: geladene Zeilen je Ladevorgang und Tabelle</translation>
    </message>
    <message>
        <source>Chart: how long each load took</source>
        <translation>Diagramm: Dauer jedes Ladevorgangs</translation>
    </message>
    <message>
        <source>Chart: size of each table</source>
        <translation>Diagramm: Größe jeder Tabelle</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Ladevorgänge</translation>
    </message>
    <message>
        <source>Incremental cursors of the pipeline state</source>
        <translation>Inkrementelle Cursor des Pipeline-Zustands</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Diagramm e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Show Rows of This &amp;Load</source>
        <translation>Zeilen dieses Ladevorgangs ze&amp;igen</translation>
    </message>
    <message>
        <source>The current table&apos;s rows that this load wrote</source>
        <translation>Die Zeilen der aktuellen Tabelle, die dieser Ladevorgang geschrieben hat</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Ladevorgang</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Schemaversion</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Cursor</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Letzter Wert</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Anfangswert</translation>
    </message>
    <message>
        <source>Reading the loads…</source>
        <translation>Ladevorgänge werden gelesen…</translation>
    </message>
    <message>
        <source>No load recorded in this file (it has no _dlt_loads table, or the table is empty).</source>
        <translation>In dieser Datei ist kein Ladevorgang verzeichnet (keine Tabelle _dlt_loads, oder sie ist leer).</translation>
    </message>
    <message numerus="yes">
        <source>%n load(s), %1 rows in all.</source>
        <translation>
            <numerusform>%n Ladevorgang, insgesamt %1 Zeilen.</numerusform>
            <numerusform>%n Ladevorgänge, insgesamt %1 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Seconds (from the load&apos;s start to its commit)</source>
        <translation>Sekunden (vom Beginn des Ladevorgangs bis zum Festschreiben)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>MB on disk</source>
        <translation>MB auf der Festplatte</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>not committed (rows without a load record)</source>
        <translation>nicht festgeschrieben (Zeilen ohne Ladeeintrag)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pipeline state in this file.</source>
        <translation>Kein Pipeline-Zustand in dieser Datei.</translation>
    </message>
    <message>
        <source>Ro&amp;ws per Load</source>
        <translation>Zeilen je Lade&amp;vorgang</translation>
    </message>
    <message>
        <source>Durat&amp;ions</source>
        <translation>Da&amp;uer</translation>
    </message>
</context>
<context>
    <name>LoopbackPages</name>
    <message>
        <source>You can close this tab and return to Grantline.</source>
        <translation>Sie können diesen Tab schließen und zu Grantline zurückkehren.</translation>
    </message>
    <message>
        <source>Return to Grantline to try again.</source>
        <translation>Kehren Sie zu Grantline zurück, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>If your browser changed http to https, turn off HTTPS-only mode for 127.0.0.1, or start the sign-in again from Grantline.</source>
        <translation>Falls Ihr Browser http in https geändert hat, schalten Sie den Nur-HTTPS-Modus für 127.0.0.1 aus oder starten Sie die Anmeldung in Grantline erneut.</translation>
    </message>
    <message>
        <source>This page is not part of your sign-in</source>
        <translation>Diese Seite gehört nicht zu Ihrer Anmeldung</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation>Diese Anmeldung wurde bereits beantwortet.</translation>
    </message>
    <message>
        <source>Nothing to see here.</source>
        <translation>Hier gibt es nichts zu sehen.</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Grantline started.</source>
        <translation>Diese Antwort gehört nicht zu der Anmeldung, die Grantline gestartet hat.</translation>
    </message>
    <message>
        <source>The provider sent neither a code nor an error.</source>
        <translation>Der Anbieter hat weder einen Code noch einen Fehler gesendet.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Anmeldung abgebrochen</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Grantline.</source>
        <translation>Die Anmeldung wurde in Grantline abgebrochen.</translation>
    </message>
    <message>
        <source>[::1] port %1 is used by another program</source>
        <translation>Port %1 von [::1] wird von einem anderen Programm verwendet</translation>
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
        <source>About Grantline</source>
        <translation>Über Grantline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Sign in to OAuth-protected REST APIs, load their data into a local SQLite file and browse it.&lt;/p&gt;&lt;p&gt;Secrets are kept in your system keychain and nowhere else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Melden Sie sich bei OAuth-geschützten REST-APIs an, laden Sie deren Daten in eine lokale SQLite-Datei und durchsuchen Sie sie.&lt;/p&gt;&lt;p&gt;Geheimnisse werden im System-Schlüsselbund aufbewahrt und nirgendwo sonst.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Sign-in port, browser, language and keychain</source>
        <translation>Anmelde-Port, Browser, Sprache und Schlüsselbund</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Verbindung „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut &amp;anmelden…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved; sign in again for the changes to apply.</source>
        <translation>„%1“ gespeichert; melden Sie sich erneut an, damit die Änderungen wirksam werden.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its tokens and client secret are deleted from the keychain. The app stays registered at the provider.</source>
        <translation>Möchten Sie „%1“ entfernen? Die Tokens und das Client-Secret der Verbindung werden aus dem Schlüsselbund gelöscht. Die App bleibt beim Anbieter registriert.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>„%1“ entfernt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed: %2</source>
        <translation>„%1“ konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation>Von „%1“ abmelden? Die Tokens werden widerrufen und vergessen; die Verbindung bleibt erhalten und kann erneut angemeldet werden.</translation>
    </message>
    <message>
        <source>&amp;Import dlt Config…</source>
        <translation>dlt-Konfiguration &amp;importieren…</translation>
    </message>
    <message>
        <source>Make a pipeline from a dlt REST API config; its secrets go to the keychain</source>
        <translation>Eine Pipeline aus einer dlt-REST-API-Konfiguration erstellen; ihre Secrets kommen in den Schlüsselbund</translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation>dlt-Konfiguration importieren</translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation>dlt-REST-API-Konfigurationen (*.json)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported as the pipeline &quot;%1&quot;.</source>
        <translation>Als Pipeline „%1“ importiert.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Pipeline umbenennen</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Nicht umbenannt: %1</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Nicht dupliziert: %1</translation>
    </message>
    <message>
        <source>Remove pipeline</source>
        <translation>Pipeline entfernen</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Nicht entfernt: %1</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>Neue &amp;Pipeline…</translation>
    </message>
    <message>
        <source>Make a pipeline from a preset, a dlt config or a base URL</source>
        <translation>Eine Pipeline aus einer Vorlage, einer dlt-Konfiguration oder einer Basis-URL erstellen</translation>
    </message>
    <message>
        <source>New Pipeline…</source>
        <translation>Neue Pipeline…</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Created the pipeline &quot;%1&quot;.</source>
        <translation>Pipeline „%1“ erstellt.</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress; try again once it has ended.</source>
        <translation>Ein Lauf von „%1“ ist im Gange; versuchen Sie es erneut, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Browse any SQLite file: one a pipeline loaded, or one dlt or anyone else made</source>
        <translation>Beliebige SQLite-Datei durchsehen: von einer Pipeline geladen oder von dlt oder anderen erstellt</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.duckdb);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3 *.duckdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remove the pipeline &quot;%1&quot;? Its file goes to the trash; the data it loaded stays in %2.</source>
        <translation>Die Pipeline &quot;%1&quot; entfernen? Ihre Datei kommt in den Papierkorb; die geladenen Daten bleiben in %2.</translation>
    </message>
    <message>
        <source>its database</source>
        <translation>ihrer Datenbank</translation>
    </message>
</context>
<context>
    <name>ManualEndpointsForm</name>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>Auto&amp;risierungs-URL:</translation>
    </message>
    <message>
        <source>Where the browser goes to sign in (authorization_endpoint)</source>
        <translation>Wohin der Browser zur Anmeldung geht (authorization_endpoint)</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Where the code is exchanged for tokens (token_endpoint)</source>
        <translation>Wo der Code gegen Tokens eingetauscht wird (token_endpoint)</translation>
    </message>
    <message>
        <source>&amp;Revocation URL (optional):</source>
        <translation>Wi&amp;derrufs-URL (optional):</translation>
    </message>
    <message>
        <source>RFC 7009 revocation_endpoint; without it, signing out only forgets the tokens</source>
        <translation>revocation_endpoint nach RFC 7009; ohne ihn vergisst die Abmeldung nur die Tokens</translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL (optional):</source>
        <translation>&amp;Introspektions-URL (optional):</translation>
    </message>
    <message>
        <source>RFC 7662 introspection_endpoint</source>
        <translation>introspection_endpoint nach RFC 7662</translation>
    </message>
    <message>
        <source>&amp;JWKS URL (optional):</source>
        <translation>&amp;JWKS-URL (optional):</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys (jwks_uri), for checking token signatures</source>
        <translation>Die Signaturschlüssel des Anbieters (jwks_uri), um Token-Signaturen zu prüfen</translation>
    </message>
    <message>
        <source>&amp;Userinfo URL (optional):</source>
        <translation>&amp;Userinfo-URL (optional):</translation>
    </message>
    <message>
        <source>Tells who signed in (userinfo_endpoint)</source>
        <translation>Gibt an, wer angemeldet ist (userinfo_endpoint)</translation>
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
    <message>
        <source>Connections and pipelines</source>
        <translation>Verbindungen und Pipelines</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Nie ausgeführt</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Last run loaded</source>
        <translation>Letzter Lauf geladen</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Letzter Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Last run cancelled</source>
        <translation>Letzter Lauf abgebrochen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>NewPipelineDialog</name>
    <message>
        <source>Pipeline name</source>
        <translation>Name der Pipeline</translation>
    </message>
    <message>
        <source>dlt config file to import</source>
        <translation>Zu importierende dlt-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>Base URL of the API</source>
        <translation>Basis-URL der API</translation>
    </message>
    <message>
        <source>Path of the first endpoint</source>
        <translation>Pfad des ersten Endpunkts</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Neue Pipeline</translation>
    </message>
    <message>
        <source>Where the pipeline starts from</source>
        <translation>Ausgangspunkt der Pipeline</translation>
    </message>
    <message>
        <source>APS Data Management preset</source>
        <translation>Vorlage APS Data Management</translation>
    </message>
    <message>
        <source>Sandbox preset</source>
        <translation>Vorlage Sandbox</translation>
    </message>
    <message>
        <source>A dlt REST API config to import</source>
        <translation>Eine zu importierende dlt-REST-API-Konfiguration</translation>
    </message>
    <message>
        <source>An empty pipeline with a base URL</source>
        <translation>Eine leere Pipeline mit einer Basis-URL</translation>
    </message>
    <message>
        <source>What the pipeline starts with</source>
        <translation>Womit die Pipeline beginnt</translation>
    </message>
    <message>
        <source>users (more endpoints are added in the table)</source>
        <translation>users (weitere Endpunkte kommen in der Tabelle hinzu)</translation>
    </message>
    <message>
        <source>Why the pipeline cannot be created yet</source>
        <translation>Warum die Pipeline noch nicht erstellt werden kann</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>Create the pipeline</source>
        <translation>Pipeline erstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Ausgehend von:</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <source>Choose the dlt config file</source>
        <translation>dlt-Konfigurationsdatei wählen</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>First &amp;endpoint:</source>
        <translation>Erster End&amp;punkt:</translation>
    </message>
    <message>
        <source>Hubs, projects, top folders, folder contents, item versions and your user profile from Autodesk Platform Services, through an APS connection.</source>
        <translation>Hubs, Projekte, oberste Ordner, Ordnerinhalte, Elementversionen und Ihr Benutzerprofil aus Autodesk Platform Services, über eine APS-Verbindung.</translation>
    </message>
    <message>
        <source>The same chain from the built-in sandbox (hubs to item versions), through a Sandbox connection: works offline.</source>
        <translation>Dieselbe Kette aus der eingebauten Sandbox (von Hubs bis Elementversionen), über eine Sandbox-Verbindung: funktioniert offline.</translation>
    </message>
    <message>
        <source>A dlt REST API config (JSON); secrets written in it go to the keychain and the file names them as {secrets.NAME}.</source>
        <translation>Eine dlt-REST-API-Konfiguration (JSON); darin stehende Secrets gehen in den Schlüsselbund, und die Datei nennt sie {secrets.NAME}.</translation>
    </message>
    <message>
        <source>One endpoint to begin with; add more in the endpoint table and try each with Test request.</source>
        <translation>Ein Endpunkt für den Anfang; fügen Sie weitere in der Endpunkttabelle hinzu und probieren Sie jeden mit „Anfrage testen“ aus.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; (%2)</source>
        <translation>Verbindung „%1“ (%2)</translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Pipeline „%1“.</translation>
    </message>
    <message>
        <source>Choose the dlt config to import.</source>
        <translation>Wählen Sie die zu importierende dlt-Konfiguration.</translation>
    </message>
    <message>
        <source>The preset signs in through a %1 connection, and there is none yet: make one with File → New Connection… first.</source>
        <translation>Die Vorlage meldet sich über eine %1-Verbindung an, und es gibt noch keine: Legen Sie zuerst eine mit Datei → Neue Verbindung… an.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be read.</source>
        <translation>Die Verbindung „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation>Eine dlt-Konfiguration importieren</translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation>dlt-REST-API-Konfigurationen (*.json)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Nicht erstellt: %1</translation>
    </message>
    <message>
        <source>&amp;dlt config:</source>
        <translation>dlt-&amp;Konfiguration:</translation>
    </message>
    <message>
        <source>Type the base URL of the API.</source>
        <translation>Geben Sie die Basis-URL der API ein.</translation>
    </message>
    <message>
        <source>Type the path of a first endpoint; more are added in the table.</source>
        <translation>Geben Sie den Pfad eines ersten Endpunkts ein; weitere kommen in der Tabelle hinzu.</translation>
    </message>
</context>
<context>
    <name>OAuthRequestJob</name>
    <message>
        <source>The request to %1</source>
        <translation>Die Anfrage an %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation>%1 ist nicht erreichbar: %2. Prüfen Sie die Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) instead of an OAuth response; check the endpoint URL.</source>
        <translation>%1 hat mit einer Weiterleitung (HTTP %2) statt einer OAuth-Antwort geantwortet; prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>%1 is busy (HTTP %2)%3. Try again in a moment.</source>
        <translation>%1 ist ausgelastet (HTTP %2)%3. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>; it asks to wait %1 s</source>
        <translation>; es bittet, %1 s zu warten</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 and no OAuth error. The provider may be down; try again later.</source>
        <translation>%1 ist mit HTTP %2 und ohne OAuth-Fehler fehlgeschlagen. Der Anbieter ist vielleicht ausgefallen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 and an answer that is not an OAuth error.</source>
        <translation>%1 hat die Anfrage mit HTTP %2 und einer Antwort abgelehnt, die kein OAuth-Fehler ist.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON (%2). Check the endpoint URL.</source>
        <translation>%1 hat mit etwas geantwortet, das kein JSON ist (%2). Prüfen Sie die Endpunkt-URL.</translation>
    </message>
    <message>
        <source>The request was incomplete or wrong; this is likely a provider setting in the connection.</source>
        <translation>Die Anfrage war unvollständig oder falsch; wahrscheinlich liegt es an einer Anbieter-Einstellung der Verbindung.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that the app type matches (a Desktop app has no secret).</source>
        <translation>Prüfen Sie Client-ID und Secret und ob der App-Typ passt (eine Desktop-App hat kein Secret).</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid; sign in again.</source>
        <translation>Die Anmeldung ist nicht mehr gültig; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This app is not allowed to sign in this way; check its type at the provider.</source>
        <translation>Diese App darf sich nicht auf diese Weise anmelden; prüfen Sie ihren Typ beim Anbieter.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation>Der Anbieter unterstützt diese Art der Anmeldung nicht.</translation>
    </message>
    <message>
        <source>Ask for fewer or different scopes.</source>
        <translation>Fordern Sie weniger oder andere Scopes an.</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>Der Anbieter kann diese Art von Token nicht widerrufen.</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>The provider refused the request with HTTP %1: %2 (%3).</source>
        <translation>Der Anbieter hat die Anfrage mit HTTP %1 abgelehnt: %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PageFetchJob</name>
    <message>
        <source>Fetching %1</source>
        <translation>%1 wird abgerufen</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2); Grantline does not ignore certificate errors.</source>
        <translation>Die TLS-Verbindung zu %1 ist fehlgeschlagen (%2); Grantline ignoriert keine Zertifikatsfehler.</translation>
    </message>
    <message>
        <source>%1, even with renewed credentials. Sign in again or check the credentials.</source>
        <translation>%1, auch mit erneuerten Zugangsdaten. Melden Sie sich erneut an oder prüfen Sie die Zugangsdaten.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not https; not followed.</source>
        <translation>%1 hat zu %2 weitergeleitet, das kein https ist; nicht gefolgt.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 hat mehr als %2-mal weitergeleitet.</translation>
    </message>
    <message>
        <source>%1 answered 401: the credentials were refused.</source>
        <translation>%1 hat 401 geantwortet: Die Zugangsdaten wurden abgelehnt.</translation>
    </message>
    <message>
        <source>%1 answered 401 and the credentials could not be renewed: %2</source>
        <translation>%1 hat 401 geantwortet, und die Zugangsdaten konnten nicht erneuert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (nach %n Versuch aufgegeben).</numerusform>
            <numerusform>%1 (nach %n Versuchen aufgegeben).</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 answered %2; ignored as the pipeline says.</source>
        <translation>%1 hat %2 geantwortet; wie von der Pipeline vorgesehen ignoriert.</translation>
    </message>
</context>
<context>
    <name>Paginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (has_more_path).</source>
        <translation>Die Antwort hat kein „%1“ (has_more_path).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (has_more_path) is not true or false.</source>
        <translation>„%1“ (has_more_path) ist weder true noch false.</translation>
    </message>
</context>
<context>
    <name>PaginatorForm</name>
    <message>
        <source>Paginator type</source>
        <translation>Paginator-Typ</translation>
    </message>
    <message>
        <source>Paginator &amp;type:</source>
        <translation>Paginator-&amp;Typ:</translation>
    </message>
    <message>
        <source>Paginator %1</source>
        <translation>Paginator %1</translation>
    </message>
    <message>
        <source>auto (not set)</source>
        <translation>auto (nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ParentFields</name>
    <message>
        <source>a record of &quot;%1&quot; has no &quot;%2&quot; (it has: %3).</source>
        <translation>ein Datensatz von „%1“ hat kein „%2“ (er hat: %3).</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the pipeline file</source>
        <translation>Die Pipeline-Datei speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Die letzte Änderung rückgängig machen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Die rückgängig gemachte Änderung wiederholen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation>Einen Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt duplizieren</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected endpoints</source>
        <translation>Die ausgewählten Endpunkte entfernen</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Alle anhaken</translation>
    </message>
    <message>
        <source>Tick every endpoint shown for the next run</source>
        <translation>Alle angezeigten Endpunkte für die nächste Ausführung anhaken</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Keine anhaken</translation>
    </message>
    <message>
        <source>Untick every endpoint shown</source>
        <translation>Den Haken bei allen angezeigten Endpunkten entfernen</translation>
    </message>
    <message>
        <source>Find endpoint</source>
        <translation>Endpunkt suchen</translation>
    </message>
    <message>
        <source>Export to dlt…</source>
        <translation>Nach dlt exportieren…</translation>
    </message>
    <message>
        <source>Write the pipeline as a dlt script</source>
        <translation>Die Pipeline als dlt-Skript schreiben</translation>
    </message>
    <message>
        <source>Test request</source>
        <translation>Anfrage testen</translation>
    </message>
    <message>
        <source>Send one request of the selected endpoint and show the answer</source>
        <translation>Eine Anfrage des ausgewählten Endpunkts senden und die Antwort anzeigen</translation>
    </message>
    <message>
        <source>Edit Endpoint…</source>
        <translation>Endpunkt bearbeiten…</translation>
    </message>
    <message>
        <source>Edit every key of the selected endpoint</source>
        <translation>Jeden Schlüssel des gewählten Endpunkts bearbeiten</translation>
    </message>
    <message>
        <source>Edit Defaults…</source>
        <translation>Standardwerte bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the resource_defaults every endpoint starts from</source>
        <translation>Die resource_defaults bearbeiten, von denen jeder Endpunkt ausgeht</translation>
    </message>
    <message>
        <source>Edit Client…</source>
        <translation>Client bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the client: base URL, headers, auth and paginator</source>
        <translation>Den Client bearbeiten: Basis-URL, Header, Authentifizierung und Paginator</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Load the ticked endpoints into the pipeline&apos;s destination</source>
        <translation>Die angehakten Endpunkte in das Ziel der Pipeline laden</translation>
    </message>
    <message>
        <source>Destination…</source>
        <translation>Ziel…</translation>
    </message>
    <message>
        <source>Where the data goes: a SQLite file or a PostgreSQL server</source>
        <translation>Wohin die Daten gehen: eine SQLite-Datei oder ein PostgreSQL-Server</translation>
    </message>
</context>
<context>
    <name>PipelineAuthForm</name>
    <message>
        <source>How the pipeline signs in</source>
        <translation>Wie sich die Pipeline anmeldet</translation>
    </message>
    <message>
        <source>Name of the secret in the keychain</source>
        <translation>Name des Secrets im Schlüsselbund</translation>
    </message>
    <message>
        <source>The file names the secret as {secrets.NAME}; its value stays in the keychain</source>
        <translation>Die Datei nennt das Secret {secrets.NAME}; sein Wert bleibt im Schlüsselbund</translation>
    </message>
    <message>
        <source>S&amp;ign in:</source>
        <translation>Anme&amp;ldung:</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>Para&amp;meter:</translation>
    </message>
    <message>
        <source>Name of the API key parameter</source>
        <translation>Name des API-Schlüssel-Parameters</translation>
    </message>
    <message>
        <source>Where the API key is sent</source>
        <translation>Wohin der API-Schlüssel gesendet wird</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Abfrageparameter</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>&amp;Token-URL:</translation>
    </message>
    <message>
        <source>Token endpoint URL</source>
        <translation>URL des Token-Endpunkts</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sc&amp;opes:</translation>
    </message>
    <message>
        <source>Scopes asked for</source>
        <translation>Angeforderte Scopes</translation>
    </message>
    <message>
        <source>space-separated, e.g. data:read (optional)</source>
        <translation>durch Leerzeichen getrennt, z. B. data:read (optional)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <source>HTTP basic (user name and password)</source>
        <translation>HTTP Basic (Benutzername und Passwort)</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>OAuth-Client-Credentials</translation>
    </message>
    <message>
        <source>There is no connection to sign in with.</source>
        <translation>Es gibt keine Verbindung, mit der man sich anmelden kann.</translation>
    </message>
    <message>
        <source>Say which header or parameter carries the API key.</source>
        <translation>Geben Sie an, welcher Header oder Parameter den API-Schlüssel trägt.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Type the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Type the secret: it goes to the keychain, never into the file.</source>
        <translation>Geben Sie das Secret ein: Es kommt in den Schlüsselbund, nie in die Datei.</translation>
    </message>
    <message>
        <source>Keychain na&amp;me:</source>
        <translation>Name im Schlüssel&amp;bund:</translation>
    </message>
    <message>
        <source>Sen&amp;t in:</source>
        <translation>Gesendet al&amp;s:</translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation>Benutze&amp;rname:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>Cl&amp;ient-ID:</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>Client-Sec&amp;ret:</translation>
    </message>
    <message>
        <source>Type the token URL, an https:// address.</source>
        <translation>Geben Sie die Token-URL ein, eine https://-Adresse.</translation>
    </message>
    <message>
        <source>The keychain name may hold letters, digits and &quot;_&quot; only.</source>
        <translation>Der Name im Schlüsselbund darf nur Buchstaben, Ziffern und „_“ enthalten.</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>--limit wants a whole number from 0.</source>
        <translation>--limit erwartet eine ganze Zahl ab 0.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n Datensatz</numerusform>
            <numerusform>%1: %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n page(s)</source>
        <translation>
            <numerusform> auf %n Seite</numerusform>
            <numerusform> auf %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: secret set NAME (value on standard input) | secret remove NAME</source>
        <translation>Aufruf: secret set NAME (value on standard input) | secret remove NAME</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; removed from the keychain.</source>
        <translation>Secret „%1“ aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>type or pipe the secret&apos;s value on standard input.</source>
        <translation>tippen oder leiten Sie den Wert des Secrets über die Standardeingabe.</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; stored in the keychain; pipeline files use it as &quot;{secrets.%1}&quot;.</source>
        <translation>Secret „%1“ im Schlüsselbund gespeichert; Pipeline-Dateien verwenden es als „{secrets.%1}“.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>usage: export --dlt PIPELINE.json [--output SCRIPT.py]</source>
        <translation>Aufruf: export --dlt PIPELINE.json [--output SCRIPT.py]</translation>
    </message>
    <message>
        <source>The dlt script</source>
        <translation>Das dlt-Skript</translation>
    </message>
    <message>
        <source>usage: import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json] [--destination FILE.sqlite]</source>
        <translation>Aufruf: import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json] [--destination FILE.sqlite]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 ist kein JSON-Objekt (%2).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>The pipeline file</source>
        <translation>Die Pipeline-Datei</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>das Secret</translation>
    </message>
    <message>
        <source>the secrets of this config</source>
        <translation>die Secrets dieser Konfiguration</translation>
    </message>
    <message>
        <source>usage: preset NAME --connection NAME [--output PIPELINE.json]</source>
        <translation>Aufruf: preset NAME --connection NAME [--output PIPELINE.json]</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>es gibt keine Vorlage „%1“; die Vorlagen sind: %2.</translation>
    </message>
    <message>
        <source>usage: pipelines [--json]</source>
        <translation>Verwendung: pipelines [--json]</translation>
    </message>
    <message>
        <source>No pipelines in %1.</source>
        <translation>Keine Pipelines in %1.</translation>
    </message>
    <message>
        <source>does not read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source> (%1 problems in all)</source>
        <translation> (insgesamt %1 Probleme)</translation>
    </message>
    <message>
        <source>Add the connection with --issuer.</source>
        <translation>Fügen Sie die Verbindung mit --issuer hinzu.</translation>
    </message>
    <message>
        <source>usage: extract PIPELINE.json [--resource NAME]... [--limit N] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation>Aufruf: extract PIPELINE.json [--resource NAME]... [--limit N] [--concurrent-requests N] [--requests-per-minute N]</translation>
    </message>
</context>
<context>
    <name>PipelineCreateJob</name>
    <message>
        <source>storing the pipeline&apos;s secrets in %1</source>
        <translation>das Speichern der Secrets der Pipeline in %1</translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation>Es gibt bereits eine Pipeline „%1“.</translation>
    </message>
    <message>
        <source>This pipeline has secrets, and %1 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>Diese Pipeline hat Secrets, und %1 behält sie nur, bis Grantline beendet wird; danach könnte die Pipeline nicht mehr laufen. Machen Sie zuerst den Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the pipeline&apos;s data.</source>
        <translation>Der Ordner %1 für die Daten der Pipeline kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; already uses the secret &quot;%2&quot; in the keychain; give this one another name.</source>
        <translation>Die Pipeline „%1“ verwendet bereits das Secret „%2“ im Schlüsselbund; geben Sie diesem einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>PipelineDocument</name>
    <message>
        <source>the pipeline</source>
        <translation>die Pipeline</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix its text first.</source>
        <translation>%1 ist kein gültiges JSON; korrigieren Sie zuerst den Text.</translation>
    </message>
    <message>
        <source>The edit would break the file (%1); it was not made.</source>
        <translation>Die Änderung würde die Datei beschädigen (%1); sie wurde nicht vorgenommen.</translation>
    </message>
    <message>
        <source>Cannot write at %1: %2 holds no object or list to add it to.</source>
        <translation>Schreiben an %1 nicht möglich: %2 enthält kein Objekt und keine Liste, zu der es hinzugefügt werden kann.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>die Datei</translation>
    </message>
    <message>
        <source>There is no list at %1 with a place %2.</source>
        <translation>An %1 gibt es keine Liste mit einer Position %2.</translation>
    </message>
    <message>
        <source>Nothing is written at %1.</source>
        <translation>An %1 steht nichts.</translation>
    </message>
    <message>
        <source>The pipeline has no file yet; save it as a file.</source>
        <translation>Die Pipeline hat noch keine Datei; speichern Sie sie als Datei.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; reload it, or save and overwrite those changes.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert; laden Sie die Datei neu, oder speichern Sie und überschreiben Sie diese Änderungen.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Fix the pipeline first: %1</source>
        <translation>Korrigieren Sie zuerst die Pipeline: %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Drop them? (Cancel, then Save with Ctrl+S, to keep them.)</source>
        <translation>Die Änderungen an „%1“ sind nicht gespeichert. Möchten Sie sie verwerfen? (Um sie zu behalten: Abbrechen, dann mit Ctrl+S speichern.)</translation>
    </message>
    <message>
        <source>Drop changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it (your changes here are dropped), or keep yours and save over it.</source>
        <translation>Ein anderes Programm hat %1 geändert. Laden Sie die Datei neu (Ihre Änderungen hier werden verworfen), oder behalten Sie Ihre und speichern Sie darüber.</translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it to see the change.</source>
        <translation>Ein anderes Programm hat %1 geändert. Laden Sie die Datei neu, um die Änderung zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Endpunkte</translation>
    </message>
    <message>
        <source>Pipeline sections</source>
        <translation>Abschnitte der Pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Name der Pipeline</translation>
    </message>
    <message>
        <source>Pipeline file</source>
        <translation>Pipeline-Datei</translation>
    </message>
    <message>
        <source>Pipeline problem</source>
        <translation>Problem der Pipeline</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Die Datei wurde auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>Meine &amp;behalten</translation>
    </message>
    <message>
        <source>Fix the pipeline&apos;s text first: %1</source>
        <translation>Korrigieren Sie zuerst den Text der Pipeline: %1</translation>
    </message>
    <message>
        <source>Tick at least one endpoint to run.</source>
        <translation>Haken Sie mindestens einen Endpunkt zum Ausführen an.</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Lauf im Gange</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress. Cancel it? Nothing of it is kept.</source>
        <translation>Ein Lauf von „%1“ ist im Gange. Abbrechen? Nichts davon wird behalten.</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Lauf</translation>
    </message>
    <message>
        <source>The endpoint %1 is no longer in the pipeline.</source>
        <translation>Der Endpunkt %1 ist nicht mehr in der Pipeline.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Verlau&amp;f</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
</context>
<context>
    <name>PipelinePresets</name>
    <message>
        <source>There is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>Es gibt keine Vorlage „%1“; die Vorlagen sind: %2.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; calls the provider at its issuer URL, and the connection &quot;%2&quot; has none.</source>
        <translation>Die Vorlage „%1“ ruft den Anbieter unter seiner Issuer-URL auf, und die Verbindung „%2“ hat keine.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>&quot;%1&quot; is not a pipeline name: use up to 64 letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, starting with a letter or a digit.</source>
        <translation>„%1“ ist kein Pipeline-Name: Verwenden Sie bis zu 64 Buchstaben, Ziffern, „.“, „_“ und „-“, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name Windows keeps for a device; choose another.</source>
        <translation>„%1“ ist ein Name, den Windows für ein Gerät reserviert; wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>There is a pipeline named &quot;%1&quot; already.</source>
        <translation>Es gibt bereits eine Pipeline namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no pipeline named &quot;%1&quot;.</source>
        <translation>Es gibt keine Pipeline namens „%1“.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>PlotSample</name>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>&amp;X axis:</source>
        <translation>&amp;X-Achse:</translation>
    </message>
    <message>
        <source>&amp;Y axis:</source>
        <translation>&amp;Y-Achse:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>Zeic&amp;hnen</translation>
    </message>
    <message>
        <source>Plot of two columns</source>
        <translation>Diagramm zweier Spalten</translation>
    </message>
    <message>
        <source>Column on the X axis</source>
        <translation>Spalte auf der X-Achse</translation>
    </message>
    <message>
        <source>Column on the Y axis</source>
        <translation>Spalte auf der Y-Achse</translation>
    </message>
    <message>
        <source>Kind of plot</source>
        <translation>Art des Diagramms</translation>
    </message>
    <message>
        <source>Open a table or run a query to plot it.</source>
        <translation>Öffnen Sie eine Tabelle oder führen Sie eine Abfrage aus, um sie zu zeichnen.</translation>
    </message>
    <message>
        <source>Plotting: %1</source>
        <translation>Gezeichnet wird: %1</translation>
    </message>
    <message>
        <source>Reading the points…</source>
        <translation>Punkte werden gelesen…</translation>
    </message>
    <message>
        <source>No row has a number in %1.</source>
        <translation>Keine Zeile hat eine Zahl in %1.</translation>
    </message>
    <message>
        <source>All %1 rows.</source>
        <translation>Alle %1 Zeilen.</translation>
    </message>
    <message>
        <source>%1 rows left out: no number in %2 or no value in %3.</source>
        <translation>%1 Zeilen ausgelassen: keine Zahl in %2 oder kein Wert in %3.</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Diagramm exportie&amp;ren…</translation>
    </message>
    <message>
        <source>One row in %1 of %2: the plot covers part of the rows.</source>
        <translation>Jede %1. Zeile von %2: Das Diagramm zeigt nur einen Teil der Zeilen.</translation>
    </message>
</context>
<context>
    <name>PostgresCredentials</name>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode „%1“ ist keiner der Werte %2</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>connect_timeout „%1“ ist keine Anzahl Sekunden</translation>
    </message>
    <message>
        <source>holds a password in plain text; store it in the keychain and write &quot;password&quot;: &quot;{secrets.NAME}&quot; beside the URL instead</source>
        <translation>enthält ein Passwort im Klartext; legen Sie es im Schlüsselbund ab und schreiben Sie stattdessen &quot;password&quot;: &quot;{secrets.NAME}&quot; neben die URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter Grantline passes on (known: sslmode, connect_timeout, host, %2)</source>
        <translation>„%1“ ist kein Verbindungsparameter, den Grantline weitergibt (bekannt: sslmode, connect_timeout, host, %2)</translation>
    </message>
    <message>
        <source>names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>nennt keine Datenbank (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>is given twice: here and in &quot;credentials&quot;</source>
        <translation>ist doppelt angegeben: hier und in &quot;credentials&quot;</translation>
    </message>
    <message>
        <source>is required for postgres: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;</source>
        <translation>ist für postgres nötig: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;</translation>
    </message>
    <message>
        <source>database %1 on %2:%3</source>
        <translation>Datenbank %1 auf %2:%3</translation>
    </message>
    <message>
        <source>is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>ist keine PostgreSQL-URL (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>names a database with &quot;/&quot; in it (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>nennt eine Datenbank mit &quot;/&quot; im Namen (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>schema %1 of %2</source>
        <translation>Schema %1 von %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Es besteht keine Verbindung zu PostgreSQL.</translation>
    </message>
    <message>
        <source>Another load into %1 is running; run this one again once it has finished.</source>
        <translation>Ein anderes Laden in %1 läuft; starten Sie dieses erneut, sobald jenes fertig ist.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but user &quot;%3&quot; may not create tables in the schema %4.</source>
        <translation>Mit PostgreSQL %1 unter %2 verbunden, aber der Benutzer „%3“ darf im Schema %4 keine Tabellen anlegen.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but the schema %4 does not exist and user &quot;%3&quot; may not create it.</source>
        <translation>Mit PostgreSQL %1 unter %2 verbunden, aber das Schema %4 existiert nicht und der Benutzer „%3“ darf es nicht anlegen.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; loads go into the schema %3.</source>
        <translation>Mit PostgreSQL %1 unter %2 verbunden; geladen wird in das Schema %3.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; the first load creates the schema %3.</source>
        <translation>Mit PostgreSQL %1 unter %2 verbunden; das erste Laden legt das Schema %3 an.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the load; it was rolled back.</source>
        <translation>PostgreSQL hat das Laden abgelehnt; es wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke during COMMIT, so whether the load was saved is not known. Either way its data and its state agree: the next run neither loses nor repeats a record.</source>
        <translation>Die Verbindung zu PostgreSQL (%1) brach während des COMMIT ab; ob das Laden gespeichert wurde, ist daher nicht bekannt. So oder so passen Daten und Zustand zusammen: Der nächste Lauf verliert und wiederholt keinen Datensatz.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the load back instead of saving it.</source>
        <translation>PostgreSQL hat das Laden zurückgerollt, statt es zu speichern.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s dataset name is blank; PostgreSQL needs a schema name to load into.</source>
        <translation>Der Datensatzname der Pipeline ist leer; PostgreSQL braucht einen Schemanamen zum Laden.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Das Laden wurde abgebrochen; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>Type the dataset first: the schema on the server the tables go into.</source>
        <translation>Geben Sie zuerst den Datensatz ein: das Schema auf dem Server, in das die Tabellen kommen.</translation>
    </message>
</context>
<context>
    <name>PostgresFailure</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Der Server sagte: %2)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not accept the password of user &quot;%2&quot;. Check the password the pipeline&apos;s destination names.</source>
        <translation>Der PostgreSQL-Server unter %1 hat das Passwort des Benutzers „%2“ nicht angenommen. Prüfen Sie das Passwort, das das Ziel der Pipeline nennt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for user &quot;%2&quot;, and the destination gives none: add &quot;password&quot;: &quot;{secrets.NAME}&quot;.</source>
        <translation>Der PostgreSQL-Server unter %1 verlangt ein Passwort für den Benutzer „%2“, und das Ziel nennt keines: ergänzen Sie &quot;password&quot;: &quot;{secrets.NAME}&quot;.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2. Create it (createdb %1) or name one that exists.</source>
        <translation>Es gibt keine Datenbank „%1“ auf dem PostgreSQL-Server unter %2. Legen Sie sie an (createdb %1) oder nennen Sie eine, die existiert.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Es gibt keinen Benutzer „%1“ auf dem PostgreSQL-Server unter %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer within %2 seconds.</source>
        <translation>Der PostgreSQL-Server unter %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Is it running, and is that its address?</source>
        <translation>Unter %1 antwortet kein PostgreSQL-Server. Läuft er, und ist das seine Adresse?</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 and the destination&apos;s sslmode (%2) do not agree.</source>
        <translation>Der PostgreSQL-Server unter %1 und der sslmode des Ziels (%2) passen nicht zusammen.</translation>
    </message>
    <message>
        <source>Grantline could not connect to PostgreSQL at %1.</source>
        <translation>Grantline konnte keine Verbindung zu PostgreSQL unter %1 herstellen.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke while %2: the server stopped or restarted, or the network failed. The server rolls the load back, so nothing of it was saved; run it again once the server is up.</source>
        <translation>Die Verbindung zu PostgreSQL (%1) brach ab bei %2: Der Server wurde beendet oder neu gestartet, oder das Netzwerk fiel aus. Der Server macht das Laden rückgängig, nichts davon wurde gespeichert; starten Sie es erneut, sobald der Server läuft.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Das Laden wurde abgebrochen; nichts davon wurde gespeichert.</translation>
    </message>
    <message>
        <source>PostgreSQL stopped %1 after the server&apos;s statement_timeout; the load was rolled back and nothing of it was saved. Raise statement_timeout for user &quot;%2&quot; (ALTER ROLE … SET statement_timeout) and run it again.</source>
        <translation>PostgreSQL hat %1 nach dem statement_timeout des Servers abgebrochen; das Laden wurde zurückgerollt und nichts davon gespeichert. Erhöhen Sie statement_timeout für den Benutzer „%2“ (ALTER ROLE … SET statement_timeout) und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not do this on %2 (%3); the load was rolled back. Grant the right (for a new dataset: GRANT CREATE ON DATABASE %4 TO &quot;%1&quot;) or load into a dataset the user may write.</source>
        <translation>Der Benutzer „%1“ darf dies auf %2 nicht tun (%3); das Laden wurde zurückgerollt. Erteilen Sie das Recht (für einen neuen Datensatz: GRANT CREATE ON DATABASE %4 TO &quot;%1&quot;) oder laden Sie in einen Datensatz, in den der Benutzer schreiben darf.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full (%1); the load was rolled back and nothing of it was saved. Free space on the server and run it again.</source>
        <translation>Der Datenträger des PostgreSQL-Servers ist voll (%1); das Laden wurde zurückgerollt und nichts davon gespeichert. Schaffen Sie Platz auf dem Server und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server ran out of a resource (%1); the load was rolled back. Run it again later.</source>
        <translation>Dem PostgreSQL-Server ging eine Ressource aus (%1); das Laden wurde zurückgerollt. Starten Sie es später erneut.</translation>
    </message>
    <message>
        <source>A value holds a character PostgreSQL cannot store (such as \u0000) while %1; the load was rolled back.</source>
        <translation>Ein Wert enthält ein Zeichen, das PostgreSQL nicht speichern kann (etwa \u0000), bei %1; das Laden wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>Another session held what the load needed (%1); the load was rolled back. Run it again.</source>
        <translation>Eine andere Sitzung hielt, was das Laden brauchte (%1); das Laden wurde zurückgerollt. Starten Sie es erneut.</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1 on %2; the load was rolled back.</source>
        <translation>PostgreSQL hat %1 auf %2 abgelehnt; das Laden wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no connection free for user &quot;%2&quot; now (too many connections); run it again later.</source>
        <translation>Der PostgreSQL-Server unter %1 hat gerade keine freie Verbindung für den Benutzer &quot;%2&quot; (zu viele Verbindungen); starten Sie es später erneut.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is starting up or shutting down; run it again once it is up.</source>
        <translation>Der PostgreSQL-Server unter %1 startet gerade oder fährt herunter; starten Sie es erneut, sobald er läuft.</translation>
    </message>
</context>
<context>
    <name>PostgresTableWriter</name>
    <message>
        <source>A value of column &quot;%1&quot; in table &quot;%2&quot; holds the NUL character (\u0000), which PostgreSQL cannot store; the load was rolled back.</source>
        <translation>Ein Wert der Spalte „%1“ in Tabelle „%2“ enthält das NUL-Zeichen (\u0000), das PostgreSQL nicht speichern kann; das Laden wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>writing table %1</source>
        <translation>dem Schreiben der Tabelle %1</translation>
    </message>
</context>
<context>
    <name>PostgresTestJob</name>
    <message>
        <source>Testing the connection to %1</source>
        <translation>Teste die Verbindung zu %1</translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 records/s — %2</source>
        <translation>%1 Datensätze/s — %2</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The provider&apos;s metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;: it cannot be trusted for this connection.</source>
        <translation>Die Metadaten des Anbieters nennen den Issuer „%1“, nicht „%2“: Ihnen kann für diese Verbindung nicht vertraut werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata has no token_endpoint.</source>
        <translation>Die Metadaten des Anbieters haben keinen token_endpoint.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>„%1“ ist keine gültige Endpunkt-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use https. Grantline sends secrets only over TLS, except to this computer (127.0.0.1).</source>
        <translation>„%1“ verwendet kein https. Grantline sendet Secrets nur über TLS, außer an diesen Computer (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation>Anbieter auswählen</translation>
    </message>
    <message>
        <source>Where do you sign in? Nothing is saved until you have signed in.</source>
        <translation>Wo melden Sie sich an? Es wird nichts gespeichert, bevor Sie sich angemeldet haben.</translation>
    </message>
    <message>
        <source>&amp;Sandbox — built in, offline, no account needed</source>
        <translation>&amp;Sandbox — eingebaut, offline, kein Konto nötig</translation>
    </message>
    <message>
        <source>&amp;Autodesk Platform Services (APS)</source>
        <translation>&amp;Autodesk Platform Services (APS)</translation>
    </message>
    <message>
        <source>Any &amp;OpenID Connect provider, found from its issuer URL</source>
        <translation>Beliebiger &amp;OpenID-Connect-Anbieter, ermittelt über seine Aussteller-URL</translation>
    </message>
    <message>
        <source>Another OAuth 2.0 provider, endpoints typed in by &amp;hand</source>
        <translation>Anderer OAuth-2.0-Anbieter, Endpunkte von &amp;Hand eingegeben</translation>
    </message>
    <message>
        <source>Grantline knows APS Authentication v2: its endpoints, scopes and rules. You need an APS account and an app registered in the APS portal; the next page walks you through it.</source>
        <translation>Grantline kennt APS Authentication v2: die Endpunkte, Scopes und Regeln. Sie benötigen ein APS-Konto und eine im APS-Portal registrierte App; die nächste Seite führt Sie durch die Schritte.</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>Aussteller-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Ab&amp;rufen</translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s OpenID Connect discovery document</source>
        <translation>Das OpenID-Connect-Discovery-Dokument des Anbieters abrufen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Name of this connection:</source>
        <translation>&amp;Name dieser Verbindung:</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;; it names the connection in Grantline and in grantline-cli.</source>
        <translation>Buchstaben, Ziffern, „.“, „_“ und „-“; der Name bezeichnet die Verbindung in Grantline und in grantline-cli.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Die eingebaute Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>Type the provider&apos;s issuer URL first.</source>
        <translation>Geben Sie zuerst die Aussteller-URL des Anbieters ein.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>%1 wird abgefragt…</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 gefunden.</translation>
    </message>
    <message>
        <source>The sandbox is running at %1. It forgets its sign-ins when Grantline closes; sign in again then.</source>
        <translation>Die Sandbox läuft unter %1. Sie vergisst ihre Anmeldungen, wenn Grantline beendet wird; melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Signing keys (JWKS)</source>
        <translation>Signaturschlüssel (JWKS)</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Widerruf</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspektion</translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation>Userinfo</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>nicht angeboten</translation>
    </message>
    <message>
        <source>The sandbox is running at %1; reading its discovery document…</source>
        <translation>Die Sandbox läuft unter %1; ihr Discovery-Dokument wird gelesen…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Die eingebaute Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>„%1“ ist als Name nicht zulässig: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Es gibt bereits eine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Type the authorization URL (https://…).</source>
        <translation>Geben Sie die Autorisierungs-URL ein (https://…).</translation>
    </message>
    <message>
        <source>Type the token URL (https://…).</source>
        <translation>Geben Sie die Token-URL ein (https://…).</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s discovery document…</source>
        <translation>Warten auf das Discovery-Dokument des Anbieters…</translation>
    </message>
    <message>
        <source>Type the issuer URL and click Look up.</source>
        <translation>Geben Sie die Aussteller-URL ein und klicken Sie auf „Abrufen“.</translation>
    </message>
    <message>
        <source>Endpoints found at the issuer</source>
        <translation>Beim Aussteller gefundene Endpunkte</translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>Autodesk Platform Services</source>
        <translation>Autodesk Platform Services</translation>
    </message>
    <message>
        <source>Sandbox (built in, offline)</source>
        <translation>Sandbox (eingebaut, offline)</translation>
    </message>
    <message>
        <source>OpenID Connect provider (discovery)</source>
        <translation>OpenID-Connect-Anbieter (Discovery)</translation>
    </message>
    <message>
        <source>Other OAuth 2.0 provider (endpoints typed in)</source>
        <translation>Anderer OAuth-2.0-Anbieter (Endpunkte eingegeben)</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Wählen Sie mindestens einen Scope aus.</translation>
    </message>
    <message>
        <source>APS accepts at most %1 scopes in one request.</source>
        <translation>APS akzeptiert höchstens %1 Scopes pro Anfrage.</translation>
    </message>
    <message>
        <source>APS has no scope &quot;%1&quot;. Known scopes: %2.</source>
        <translation>APS kennt keinen Scope „%1“. Bekannte Scopes: %2.</translation>
    </message>
    <message>
        <source>APS matches callback URLs exactly, port included. Register a callback such as %1 with your app in the APS portal and give the same URL here.</source>
        <translation>APS vergleicht Callback-URLs exakt, einschließlich Port. Registrieren Sie im APS-Portal für Ihre App einen Callback wie %1 und geben Sie hier dieselbe URL an.</translation>
    </message>
    <message>
        <source>An app without a secret cannot get app tokens: client credentials need a confidential or server-to-server app and its client secret.</source>
        <translation>Eine App ohne Secret kann keine App-Tokens erhalten: Client Credentials erfordern eine vertrauliche oder Server-to-Server-App und deren Client-Secret.</translation>
    </message>
</context>
<context>
    <name>QueryWorker</name>
    <message>
        <source>The console is read-only, so the loaded data cannot be changed by accident. Turn on Allow Writing to run statements that change the file.</source>
        <translation>Die Konsole ist schreibgeschützt, damit die geladenen Daten nicht versehentlich geändert werden. Schalten Sie Schreiben erlauben ein, um Anweisungen auszuführen, die die Datei ändern.</translation>
    </message>
    <message numerus="yes">
        <source>The result cannot be written after %n row(s): %1</source>
        <translation>
            <numerusform>Das Ergebnis kann nach %n Zeile nicht mehr geschrieben werden: %1</numerusform>
            <numerusform>Das Ergebnis kann nach %n Zeilen nicht mehr geschrieben werden: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangePaginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (total_path); set total_path to null if the API does not send a total.</source>
        <translation>Die Antwort hat kein „%1“ (total_path); setzen Sie total_path auf null, wenn die API keine Gesamtzahl sendet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (total_path) is not a whole number.</source>
        <translation>„%1“ (total_path) ist keine ganze Zahl.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>There is no table %1 in the file.</source>
        <translation>In der Datei gibt es keine Tabelle %1.</translation>
    </message>
    <message>
        <source>The row is no longer in %1.</source>
        <translation>Die Zeile ist nicht mehr in %1.</translation>
    </message>
</context>
<context>
    <name>RegisterAppPage</name>
    <message>
        <source>Register your app</source>
        <translation>Ihre App registrieren</translation>
    </message>
    <message>
        <source>The provider must know Grantline as an app before you can sign in.</source>
        <translation>Der Anbieter muss Grantline als App kennen, bevor Sie sich anmelden können.</translation>
    </message>
    <message>
        <source>Which type of app did you register?</source>
        <translation>Welchen App-Typ haben Sie registriert?</translation>
    </message>
    <message>
        <source>Desktop, Mobile, Single-Page App — recommended: no secret to keep, PKCE protects the sign-in</source>
        <translation>Desktop, Mobile, Single-Page App — empfohlen: kein Secret aufzubewahren, PKCE schützt die Anmeldung</translation>
    </message>
    <message>
        <source>Public (desktop or native) app — no client secret; PKCE protects the sign-in</source>
        <translation>Öffentliche App (Desktop oder nativ) — kein Client-Secret; PKCE schützt die Anmeldung</translation>
    </message>
    <message>
        <source>Traditional Web App — has a client secret, which Grantline keeps in your keychain</source>
        <translation>Traditional Web App — hat ein Client-Secret, das Grantline in Ihrem Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Confidential app — has a client secret, which Grantline keeps in your keychain</source>
        <translation>Vertrauliche App — hat ein Client-Secret, das Grantline in Ihrem Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Server-to-Server — the app gets its own tokens; nobody signs in</source>
        <translation>Server-to-Server — die App erhält eigene Tokens; niemand meldet sich an</translation>
    </message>
    <message>
        <source>Machine to machine (client credentials) — nobody signs in</source>
        <translation>Maschine zu Maschine (Client Credentials) — niemand meldet sich an</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>&amp;Callback-URL:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the callback URL, to paste it in the provider&apos;s portal</source>
        <translation>Die Callback-URL kopieren, um sie im Portal des Anbieters einzufügen</translation>
    </message>
    <message>
        <source>&amp;Open portal</source>
        <translation>Portal &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the provider&apos;s app registration page in your browser</source>
        <translation>Die App-Registrierungsseite des Anbieters im Browser öffnen</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>The port on this computer that receives the sign-in. Any free port from 1024 up works; the URL registered must use the same.</source>
        <translation>Der Port auf diesem Computer, der die Anmeldung empfängt. Jeder freie Port ab 1024 funktioniert; die registrierte URL muss denselben verwenden.</translation>
    </message>
    <message>
        <source>Any free port (the provider accepts every port on 127.0.0.1)</source>
        <translation>Beliebiger freier Port (der Anbieter akzeptiert jeden Port auf 127.0.0.1)</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://aps.autodesk.com/myapps/&quot;&gt;aps.autodesk.com&lt;/a&gt; and open &lt;b&gt;My applications&lt;/b&gt; (you need a developer hub; the portal offers to create one).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create application&lt;/b&gt;, give it a name and choose the type below — &lt;b&gt;Desktop, Mobile, Single-Page App&lt;/b&gt; unless you have a reason not to.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API Access&lt;/b&gt;, tick the APIs you want to load data from (Data Management for hubs, projects and files).&lt;/li&gt;&lt;li&gt;Paste the callback URL below into &lt;b&gt;Callback URL&lt;/b&gt;, exactly, and click &lt;b&gt;Save changes&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Client ID&lt;/b&gt; (and the secret, for a web app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Melden Sie sich bei &lt;a href=&quot;https://aps.autodesk.com/myapps/&quot;&gt;aps.autodesk.com&lt;/a&gt; an und öffnen Sie &lt;b&gt;My applications&lt;/b&gt; (Sie benötigen einen Developer Hub; das Portal bietet an, einen zu erstellen).&lt;/li&gt;&lt;li&gt;Klicken Sie auf &lt;b&gt;Create application&lt;/b&gt;, geben Sie einen Namen ein und wählen Sie denselben Typ wie unten — &lt;b&gt;Desktop, Mobile, Single-Page App&lt;/b&gt;, sofern nichts dagegen spricht.&lt;/li&gt;&lt;li&gt;Kreuzen Sie unter &lt;b&gt;API Access&lt;/b&gt; die APIs an, aus denen Sie Daten laden möchten (Data Management für Hubs, Projekte und Dateien).&lt;/li&gt;&lt;li&gt;Fügen Sie die Callback-URL von unten exakt unter &lt;b&gt;Callback URL&lt;/b&gt; ein und klicken Sie auf &lt;b&gt;Save changes&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Kopieren Sie die &lt;b&gt;Client ID&lt;/b&gt; (und bei einer Web-App das Secret) für die nächste Seite.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The sandbox has apps registered already: &lt;b&gt;sandbox-desktop-app&lt;/b&gt; (desktop, no secret), &lt;b&gt;sandbox-web-app&lt;/b&gt; (web app with a secret) and &lt;b&gt;sandbox-server-app&lt;/b&gt; (server to server). Choose a type; the next page fills in its client ID and secret.</source>
        <translation>In der Sandbox sind bereits Apps registriert: &lt;b&gt;sandbox-desktop-app&lt;/b&gt; (Desktop, ohne Secret), &lt;b&gt;sandbox-web-app&lt;/b&gt; (Web-App mit Secret) und &lt;b&gt;sandbox-server-app&lt;/b&gt; (Server-to-Server). Wählen Sie einen Typ; die nächste Seite trägt Client-ID und Secret ein.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the provider&apos;s developer console (&lt;b&gt;Open portal&lt;/b&gt; takes you to the issuer&apos;s site).&lt;/li&gt;&lt;li&gt;Register a new app, preferably a &lt;b&gt;native&lt;/b&gt; or &lt;b&gt;public&lt;/b&gt; client with PKCE.&lt;/li&gt;&lt;li&gt;Add the callback URL below as a redirect URI.&lt;/li&gt;&lt;li&gt;Copy the client ID (and the secret, for a confidential app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Öffnen Sie die Entwicklerkonsole des Anbieters (&lt;b&gt;Portal öffnen&lt;/b&gt; führt Sie zur Website des Ausstellers).&lt;/li&gt;&lt;li&gt;Registrieren Sie eine neue App, vorzugsweise einen &lt;b&gt;nativen&lt;/b&gt; oder &lt;b&gt;öffentlichen&lt;/b&gt; Client mit PKCE.&lt;/li&gt;&lt;li&gt;Fügen Sie die Callback-URL von unten als Redirect-URI hinzu.&lt;/li&gt;&lt;li&gt;Kopieren Sie die Client-ID (und bei einer vertraulichen App das Secret) für die nächste Seite.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>A server-to-server app needs no callback URL.</source>
        <translation>Eine Server-to-Server-App benötigt keine Callback-URL.</translation>
    </message>
    <message>
        <source>APS compares the callback URL character for character, port included: register exactly this URL. If the port is taken on this computer, choose another one here and register that URL too.</source>
        <translation>APS vergleicht die Callback-URL Zeichen für Zeichen, einschließlich Port: Registrieren Sie genau diese URL. Ist der Port auf diesem Computer belegt, wählen Sie hier einen anderen und registrieren Sie auch diese URL.</translation>
    </message>
    <message>
        <source>Register it without a port, or as shown: Grantline listens on a free port each time you sign in.</source>
        <translation>Registrieren Sie sie ohne Port oder wie angezeigt: Grantline lauscht bei jeder Anmeldung auf einem freien Port.</translation>
    </message>
    <message>
        <source>Register exactly this URL.</source>
        <translation>Registrieren Sie genau diese URL.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program right now. Choose another port, or close that program before you sign in.</source>
        <translation>Port %1 wird gerade von einem anderen Programm verwendet. Wählen Sie einen anderen Port oder beenden Sie dieses Programm, bevor Sie sich anmelden.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No browser could be opened; the portal&apos;s address (%1) is on the clipboard.</source>
        <translation>Es konnte kein Browser geöffnet werden; die Adresse des Portals (%1) liegt in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>RelationalNormalizer</name>
    <message>
        <source>The table name &quot;%1&quot; has no letters or digits to make a name from.</source>
        <translation>Der Tabellenname „%1“ hat keine Buchstaben oder Ziffern, aus denen sich ein Name bilden lässt.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is already the child table of %2.</source>
        <translation>Der Tabellenname „%1“ ist bereits die Kindtabelle von %2.</translation>
    </message>
    <message>
        <source>Table %1, column %2: a %3 value where only %4 fits, and a variant column cannot have variants of its own.</source>
        <translation>Tabelle %1, Spalte %2: ein %3-Wert, wo nur %4 passt, und eine Variantenspalte kann keine eigenen Varianten haben.</translation>
    </message>
    <message>
        <source>Table %1: a record without a value for its key column %2.</source>
        <translation>Tabelle %1: ein Datensatz ohne Wert für seine Schlüsselspalte %2.</translation>
    </message>
    <message>
        <source>Table %1: a record without a %3 value for its key column %2 (missing, null, or of another type).</source>
        <translation>Tabelle %1: ein Datensatz ohne %3-Wert für seine Schlüsselspalte %2 (fehlend, null oder von anderem Typ).</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key in header %1</source>
        <translation>API-Schlüssel im Header %1</translation>
    </message>
    <message>
        <source>API key in query parameter %1</source>
        <translation>API-Schlüssel im Abfrageparameter %1</translation>
    </message>
    <message>
        <source>API key in cookie %1</source>
        <translation>API-Schlüssel im Cookie %1</translation>
    </message>
    <message>
        <source>HTTP basic as %1</source>
        <translation>HTTP Basic als %1</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; has an unpaired brace.</source>
        <translation>„%1“ hat eine Klammer ohne Gegenstück.</translation>
    </message>
    <message>
        <source>The parent record has no value for {%1}.</source>
        <translation>Der Elterndatensatz hat keinen Wert für {%1}.</translation>
    </message>
    <message>
        <source>Nothing fills {%1} in &quot;%2&quot; of resource &quot;%3&quot;.</source>
        <translation>Nichts füllt {%1} in „%2“ der Ressource „%3“.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Every endpoint</source>
        <translation>Alle Endpunkte</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Anfrage-Protokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt *.tsv)</source>
        <translation>Textdateien (*.txt *.tsv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show the requests of</source>
        <translation>Anfragen zeigen von</translation>
    </message>
    <message>
        <source>Failures and retries &amp;only</source>
        <translation>&amp;Nur Fehler und Wiederholungen</translation>
    </message>
    <message>
        <source>Show failures and retries only</source>
        <translation>Nur Fehler und Wiederholungen zeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the requests shown</source>
        <translation>Die gezeigten Anfragen kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the requests shown as text</source>
        <translation>Die gezeigten Anfragen als Text speichern</translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation>Anfragen des Laufs</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>Antworten zeigen</translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation>Alle Antworten</translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation>Erfolgreich (2xx)</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>Abgelehnt (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Serverfehler (5xx)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Notes: paginator, tokens</source>
        <translation>Notizen: Paginator, Tokens</translation>
    </message>
</context>
<context>
    <name>ResourceAuths</name>
    <message>
        <source>no credentials were given</source>
        <translation>es wurden keine Zugangsdaten angegeben</translation>
    </message>
</context>
<context>
    <name>ResourceRequest</name>
    <message>
        <source>its address is on %1, not on %2. Its credentials and headers go only to base_url&apos;s origin (or the one its path names in the file), so the request was not made.</source>
        <translation>ihre Adresse liegt auf %1, nicht auf %2. Zugangsdaten und Header der Ressource gehen nur an den Ursprung von base_url (oder an den, den ihr Pfad in der Datei nennt), daher wurde die Anfrage nicht gestellt.</translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export angehalten; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>RowFetcher</name>
    <message>
        <source>The row is no longer in the table.</source>
        <translation>Die Zeile ist nicht mehr in der Tabelle.</translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>There is an empty choice between two | in &quot;%1&quot;.</source>
        <translation>Zwischen zwei | in „%1“ steht eine leere Auswahl.</translation>
    </message>
    <message>
        <source>Nothing follows the ! in &quot;%1&quot;: write what the rows must not be.</source>
        <translation>Nach dem ! in „%1“ folgt nichts: Schreiben Sie, was die Zeilen nicht sein sollen.</translation>
    </message>
    <message>
        <source>Nothing follows %1: write the value to compare with, as in %1 5.</source>
        <translation>Nach %1 folgt nichts: Schreiben Sie den Vergleichswert, etwa %1 5.</translation>
    </message>
    <message>
        <source>A range needs at least one end, as in 1..10, ..10 or 1..</source>
        <translation>Ein Bereich braucht mindestens ein Ende, etwa 1..10, ..10 oder 1..</translation>
    </message>
</context>
<context>
    <name>RowsTransfer</name>
    <message>
        <source>Copied the first %1 rows; export the rest.</source>
        <translation>Die ersten %1 Zeilen wurden kopiert; exportieren Sie den Rest.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n Zeile kopiert.</numerusform>
            <numerusform>%n Zeilen kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl *.ndjson)</source>
        <translation>CSV (*.csv);;JSON Lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %2 rows to %1.</source>
        <translation>%2 Zeilen in %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to the rows shown before (%1)</source>
        <translation>Zurück zu den vorher gezeigten Zeilen (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Wieder vor (%1)</translation>
    </message>
    <message>
        <source>Record as &amp;JSON</source>
        <translation>Datensatz als &amp;JSON</translation>
    </message>
    <message>
        <source>The record this row came from, rebuilt as the API sent it</source>
        <translation>Der Datensatz, aus dem diese Zeile stammt, so wiederhergestellt, wie die API ihn gesendet hat</translation>
    </message>
    <message>
        <source>View &amp;Cell</source>
        <translation>&amp;Zelle ansehen</translation>
    </message>
    <message>
        <source>The rows that hang from this row in a child table</source>
        <translation>Die Zeilen, die in einer Kindtabelle an dieser Zeile hängen</translation>
    </message>
    <message>
        <source>&amp;Parent Row</source>
        <translation>Elte&amp;rnzeile</translation>
    </message>
    <message>
        <source>The row this row hangs from</source>
        <translation>Die Zeile, an der diese Zeile hängt</translation>
    </message>
    <message>
        <source>Rows of This &amp;Load</source>
        <translation>Zeilen dieses &amp;Ladevorgangs</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Als TSV kopieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write these rows (filters and sort as shown) to CSV or JSON lines</source>
        <translation>Diese Zeilen (Filter und Sortierung wie angezeigt) als CSV oder JSON Lines schreiben</translation>
    </message>
    <message>
        <source>Filter This Column</source>
        <translation>Diese Spalte filtern</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>File Order</source>
        <translation>Reihenfolge der Datei</translation>
    </message>
    <message>
        <source>Rows of the table</source>
        <translation>Zeilen der Tabelle</translation>
    </message>
    <message>
        <source>Rows of the result</source>
        <translation>Zeilen des Ergebnisses</translation>
    </message>
    <message>
        <source>Child Rows</source>
        <translation>Kindzeilen</translation>
    </message>
    <message>
        <source>Child rows</source>
        <translation>Kindzeilen</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Zeilenzahl</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>Sicht %1</translation>
    </message>
    <message>
        <source>Counting… %1 rows so far</source>
        <translation>Zählen… bisher %1 Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 matching rows so far</source>
        <translation>Zählen… bisher %1 passende Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n matching row(s)</source>
        <translation>
            <numerusform>%n passende Zeile</numerusform>
            <numerusform>%n passende Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter of %1 is left out: %2</source>
        <translation>Der Filter von %1 wird ausgelassen: %2</translation>
    </message>
    <message>
        <source>%1 under row %2 of %3</source>
        <translation>%1 unter Zeile %2 von %3</translation>
    </message>
    <message>
        <source>the %1 row that row %2 of %3 hangs from</source>
        <translation>die Zeile in %1, an der Zeile %2 von %3 hängt</translation>
    </message>
    <message>
        <source>%1 of load %2</source>
        <translation>%1 aus Ladevorgang %2</translation>
    </message>
    <message>
        <source>The row&apos;s load cannot be found.</source>
        <translation>Der Ladevorgang der Zeile ist nicht zu finden.</translation>
    </message>
    <message>
        <source>Record of row %1 in %2</source>
        <translation>Datensatz der Zeile %1 in %2</translation>
    </message>
    <message>
        <source>%1 of row %2 in %3</source>
        <translation>%1 der Zeile %2 in %3</translation>
    </message>
    <message>
        <source>Child Ro&amp;ws</source>
        <translation>&amp;Kindzeilen</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Alle Zeilen auswählen</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Der Lauf kann nicht in %1 festgehalten werden: %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: another run holds it.</source>
        <translation>Der Lauf kann nicht in %1 festgehalten werden: Ein anderer Lauf hält die Datei.</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>loaded (not by Grantline)</source>
        <translation>geladen (nicht von Grantline)</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>nicht abgeschlossen</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1: %2 Zeilen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Requests: %1 (%2 failed); retries: %3; token renewals: %4</source>
        <translation>Anfragen: %1 (%2 fehlgeschlagen); Wiederholungen: %3; Token-Erneuerungen: %4</translation>
    </message>
    <message>
        <source>Received: %1 in %2 of waiting for answers</source>
        <translation>Empfangen: %1 in %2 Wartezeit auf Antworten</translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation>Nach Status: %1</translation>
    </message>
    <message>
        <source>Load %1 is in the file, loaded by another program (dlt) or before Grantline kept a record of its runs: its counts and requests are not known.</source>
        <translation>Die Ladung %1 ist in der Datei, geladen von einem anderen Programm (dlt) oder bevor Grantline seine Läufe aufzeichnete: Ihre Zahlen und Anfragen sind unbekannt.</translation>
    </message>
    <message>
        <source>This load is no longer in the file (a full refresh or another file replaced it).</source>
        <translation>Diese Ladung ist nicht mehr in der Datei (eine vollständige Aktualisierung oder eine andere Datei hat sie ersetzt).</translation>
    </message>
    <message>
        <source>Cancelled; nothing of this run was kept.</source>
        <translation>Abgebrochen; nichts von diesem Lauf wurde behalten.</translation>
    </message>
    <message>
        <source>Failed; nothing of this run was kept.
%1</source>
        <translation>Fehlgeschlagen; nichts von diesem Lauf wurde behalten.
%1</translation>
    </message>
    <message>
        <source>  %1: %2 records</source>
        <translation>  %1: %2 Datensätze</translation>
    </message>
    <message>
        <source>Extracted before it ended:
%1</source>
        <translation>Vor dem Ende extrahiert:
%1</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <source>Runs of this pipeline, newest first</source>
        <translation>Läufe dieser Pipeline, die neuesten zuerst</translation>
    </message>
    <message>
        <source>What the chosen run did</source>
        <translation>Was der gewählte Lauf getan hat</translation>
    </message>
    <message>
        <source>About the run history</source>
        <translation>Über den Verlauf der Läufe</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Läufe werden gelesen…</translation>
    </message>
    <message>
        <source>No run yet: press Run (F5) to load the ticked endpoints.</source>
        <translation>Noch kein Lauf: Drücken Sie Ausführen (F5), um die angehakten Endpunkte zu laden.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first. Choose one to see what it did.</source>
        <translation>
            <numerusform>%n Lauf, der neueste zuerst. Wählen Sie einen, um zu sehen, was er getan hat.</numerusform>
            <numerusform>%n Läufe, die neuesten zuerst. Wählen Sie einen, um zu sehen, was er getan hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s own list of loads could not be read: %1</source>
        <translation>Die Liste der Ladungen in der Datei konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RunJob</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source> Nothing of this run was saved; the next run starts where the last completed one ended.</source>
        <translation> Nichts von diesem Lauf wurde gespeichert; der nächste Lauf beginnt dort, wo der letzte abgeschlossene endete.</translation>
    </message>
    <message>
        <source>Saving the load into %1</source>
        <translation>Das Geladene wird in %1 gespeichert</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>Der Import</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <source>Reading the secrets of %1</source>
        <translation>Die Geheimnisse von %1 werden gelesen</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>A run of this pipeline is in progress already.</source>
        <translation>Ein Lauf dieser Pipeline ist bereits im Gange.</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Vollständige Aktualisierung</translation>
    </message>
    <message>
        <source>A full refresh drops what &quot;%1&quot; loaded before (its tables and its incremental state) and loads everything again. Go on?</source>
        <translation>Eine vollständige Aktualisierung verwirft, was „%1“ zuvor geladen hat (seine Tabellen und seinen inkrementellen Zustand), und lädt alles neu. Fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Refresh fully</source>
        <translation>&amp;Vollständig aktualisieren</translation>
    </message>
    <message>
        <source>Cancelling: the file is put back as it was…</source>
        <translation>Abbruch: Die Datei wird wiederhergestellt, wie sie war…</translation>
    </message>
    <message>
        <source>Loaded in %1.</source>
        <translation>Geladen in %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept (Shift+F5)</source>
        <translation>Den Lauf anhalten; nichts davon wird behalten (Umschalt+F5)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>&amp;Vollständige Aktualisierung</translation>
    </message>
    <message>
        <source>Drop what was loaded before and load everything again (asks first)</source>
        <translation>Zuvor Geladenes verwerfen und alles neu laden (fragt zuerst)</translation>
    </message>
    <message>
        <source>Full refresh on the next run</source>
        <translation>Vollständige Aktualisierung beim nächsten Lauf</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation>Stand des Laufs</translation>
    </message>
    <message>
        <source>Why the run failed</source>
        <translation>Warum der Lauf fehlgeschlagen ist</translation>
    </message>
    <message>
        <source>Progress of each endpoint</source>
        <translation>Fortschritt jedes Endpunkts</translation>
    </message>
    <message>
        <source>What the run loaded</source>
        <translation>Was der Lauf geladen hat</translation>
    </message>
    <message>
        <source>paginator detected: %1</source>
        <translation>Paginator erkannt: %1</translation>
    </message>
    <message>
        <source>attempt %1 failed, trying again in %2 s: %3</source>
        <translation>Versuch %1 fehlgeschlagen, neuer Versuch in %2 s: %3</translation>
    </message>
    <message>
        <source>Details of the run</source>
        <translation>Details des Laufs</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>Anfrage-&amp;Protokoll</translation>
    </message>
    <message>
        <source>Load &amp;info</source>
        <translation>Lade-&amp;Info</translation>
    </message>
    <message>
        <source>token renewal failed: %1</source>
        <translation>Token-Erneuerung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the API answered 401: token renewed, the request sent again</source>
        <translation>die API hat 401 geantwortet: Token erneuert, Anfrage erneut gesendet</translation>
    </message>
    <message>
        <source>token renewed before it ran out</source>
        <translation>Token vor dem Ablauf erneuert</translation>
    </message>
    <message numerus="yes">
        <source>last page after %n page(s): %1</source>
        <translation>
            <numerusform>letzte Seite nach %n Seite: %1</numerusform>
            <numerusform>letzte Seite nach %n Seiten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation>%1: geladen</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded into %1 in %2.</source>
        <translation>
            <numerusform>%n Datensatz in %2 in %1 geladen.</numerusform>
            <numerusform>%n Datensätze in %2 in %1 geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the run failed</source>
        <translation>%1: Der Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Details: %2</translation>
    </message>
    <message>
        <source>Ready once the API&apos;s wait is over</source>
        <translation>Bereit, sobald die von der API erbetene Wartezeit vorbei ist</translation>
    </message>
    <message>
        <source>%1 — %2 records, %3 rows</source>
        <translation>%1 — %2 Datensätze, %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the run stopped here: %1</source>
        <translation>der Lauf hat hier angehalten: %1</translation>
    </message>
    <message>
        <source>Open &amp;Data</source>
        <translation>&amp;Daten öffnen</translation>
    </message>
    <message>
        <source>Open the SQLite file the run loaded</source>
        <translation>Die SQLite-Datei öffnen, die der Lauf geladen hat</translation>
    </message>
    <message>
        <source>Open the data the run loaded</source>
        <translation>Die Daten öffnen, die der Lauf geladen hat</translation>
    </message>
    <message>
        <source>every request to %1 waits %2 s: the API asked to be left alone for a while</source>
        <translation>jede Anfrage an %1 wartet %2 s: die API hat um eine Pause gebeten</translation>
    </message>
    <message>
        <source>Cancelled: the data and its state are as before the run.</source>
        <translation>Abgebrochen: Die Daten und ihr Zustand sind wie vor dem Lauf.</translation>
    </message>
    <message>
        <source>The run failed; the data and its state are as before it.</source>
        <translation>Der Lauf ist fehlgeschlagen; die Daten und ihr Zustand sind wie zuvor.</translation>
    </message>
</context>
<context>
    <name>RunProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>wird abgerufen</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>wird geladen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Datensätze/s</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Wiederholungen</translation>
    </message>
</context>
<context>
    <name>SchemaModel</name>
    <message numerus="yes">
        <source>%1, %n column(s)</source>
        <translation>
            <numerusform>%1, %n Spalte</numerusform>
            <numerusform>%1, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>child of %1</source>
        <translation>Kind von %1</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht null</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>merge key</source>
        <translation>Zusammenführungsschlüssel</translation>
    </message>
    <message>
        <source>row key</source>
        <translation>Zeilenschlüssel</translation>
    </message>
    <message>
        <source>parent key</source>
        <translation>Elternschlüssel</translation>
    </message>
    <message>
        <source>root key</source>
        <translation>Wurzelschlüssel</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>dlt system tables</source>
        <translation>Systemtabellen von dlt</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>rows hang from %1</source>
        <translation>Zeilen hängen an %1</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Spalten (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>darf NULL sein</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>nicht NULL</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>Primärschlüssel</translation>
    </message>
    <message>
        <source>merge key</source>
        <translation>Merge-Schlüssel</translation>
    </message>
    <message>
        <source>variant: values of another type</source>
        <translation>Variante: Werte eines anderen Typs</translation>
    </message>
    <message>
        <source>dlt&apos;s own</source>
        <translation>von dlt</translation>
    </message>
    <message>
        <source>added by load %1</source>
        <translation>hinzugefügt von Ladevorgang %1</translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>What it lets Grantline do</source>
        <translation>Was Grantline damit tun darf</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>confirm who you are</source>
        <translation>Ihre Identität bestätigen</translation>
    </message>
    <message>
        <source>read your name and profile</source>
        <translation>Ihren Namen und Ihr Profil lesen</translation>
    </message>
    <message>
        <source>read your email address</source>
        <translation>Ihre E-Mail-Adresse lesen</translation>
    </message>
    <message>
        <source>stay signed in (a refresh token)</source>
        <translation>angemeldet bleiben (ein Aktualisierungstoken)</translation>
    </message>
    <message>
        <source>read your postal address</source>
        <translation>Ihre Postanschrift lesen</translation>
    </message>
    <message>
        <source>read your phone number</source>
        <translation>Ihre Telefonnummer lesen</translation>
    </message>
    <message>
        <source>defined by the provider</source>
        <translation>vom Anbieter festgelegt</translation>
    </message>
    <message>
        <source>Choose what Grantline may do</source>
        <translation>Wählen Sie, was Grantline tun darf</translation>
    </message>
    <message>
        <source>Ask only for what you need; the provider shows this list when you sign in.</source>
        <translation>Fordern Sie nur an, was Sie benötigen; der Anbieter zeigt diese Liste bei der Anmeldung an.</translation>
    </message>
    <message>
        <source>&amp;Other scopes:</source>
        <translation>&amp;Andere Scopes:</translation>
    </message>
    <message>
        <source>Scopes the list does not have, separated by spaces</source>
        <translation>Scopes, die nicht in der Liste stehen, durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <source>Scopes to ask for, and what each allows</source>
        <translation>Anzufragende Scopes und was jeder erlaubt</translation>
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
    <name>SecretLookupJob</name>
    <message>
        <source>Looking up the pipeline&apos;s secrets</source>
        <translation>Die Secrets der Pipeline werden gesucht</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; (store it with: grantline-cli secret set %2)%3</source>
        <translation>den Schlüsselbund-Eintrag „%1“ (speichern mit: grantline-cli secret set %2)%3</translation>
    </message>
    <message>
        <source>the keychain (not used here)</source>
        <translation>den Schlüsselbund (hier nicht verwendet)</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; was found neither in %2 nor in the environment (%3).</source>
        <translation>Das Secret „%1“ wurde weder in %2 noch in der Umgebung gefunden (%3).</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Store Secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <source>Name of the secret</source>
        <translation>Name des Secrets</translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation>Buchstaben, Ziffern und _</translation>
    </message>
    <message>
        <source>Value of the secret</source>
        <translation>Wert des Secrets</translation>
    </message>
    <message>
        <source>The value is kept in %1, never in the pipeline file; the file names it {secrets.NAME}.</source>
        <translation>Der Wert wird in %1 aufbewahrt, nie in der Pipeline-Datei; die Datei nennt ihn {secrets.NAME}.</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>A secret&apos;s name starts with a letter and holds letters, digits and _ only (at most 64).</source>
        <translation>Der Name eines Secrets beginnt mit einem Buchstaben und enthält nur Buchstaben, Ziffern und _ (höchstens 64).</translation>
    </message>
    <message>
        <source>That looks like the secret&apos;s value, not its name: give it a short name such as shop_api_key, and the value below.</source>
        <translation>Das sieht nach dem Wert des Secrets aus, nicht nach seinem Namen: Geben Sie einen kurzen Namen wie shop_api_key an und den Wert darunter.</translation>
    </message>
</context>
<context>
    <name>SecretStorer</name>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 behält Secrets nur, bis Grantline beendet wird; danach könnte die Pipeline nicht mehr laufen. Machen Sie zuerst den Schlüsselbund verfügbar.</translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation>Das Secret wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The keychain already holds a secret named %1. Replace it? Every pipeline that uses {secrets.%1} will use the new value.</source>
        <translation>Der Schlüsselbund enthält bereits ein Secret namens %1. Ersetzen? Jede Pipeline, die {secrets.%1} verwendet, nutzt dann den neuen Wert.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <source>The keychain could not be read, so nothing was stored: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden, daher wurde nichts gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Default &amp;callback port:</source>
        <translation>Standard-&amp;Callback-Port:</translation>
    </message>
    <message>
        <source>The port new connections use in their callback URL when the provider needs a fixed one (APS)</source>
        <translation>Der Port, den neue Verbindungen in ihrer Callback-URL verwenden, wenn der Anbieter einen festen Port verlangt (APS)</translation>
    </message>
    <message>
        <source>&amp;Browser:</source>
        <translation>&amp;Browser:</translation>
    </message>
    <message>
        <source>Where the sign-in page opens</source>
        <translation>Wo die Anmeldeseite geöffnet wird</translation>
    </message>
    <message>
        <source>Open the system&apos;s browser</source>
        <translation>Den Browser des Systems öffnen</translation>
    </message>
    <message>
        <source>Copy the link; I open it myself</source>
        <translation>Den Link kopieren; ich öffne ihn selbst</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Store and remove a throwaway entry to see whether secrets can be kept now</source>
        <translation>Einen Wegwerf-Eintrag speichern und wieder entfernen, um zu prüfen, ob Secrets derzeit aufbewahrt werden können</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>Testing the keychain…</source>
        <translation>Schlüsselbund wird getestet…</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Verfügbar.</translation>
    </message>
    <message>
        <source>Locked: unlock it, then test again.</source>
        <translation>Gesperrt: Entsperren Sie ihn und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Missing: no keychain answered. Start one (gnome-keyring or KeePassXC&apos;s Secret Service), then test again.</source>
        <translation>Nicht vorhanden: Kein Schlüsselbund hat geantwortet. Starten Sie einen (gnome-keyring oder den Secret Service von KeePassXC) und testen Sie dann erneut.</translation>
    </message>
    <message>
        <source>Not usable right now.</source>
        <translation>Derzeit nicht nutzbar.</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation>Ihr Browser wird zur Anmeldung geöffnet. Falls er sich nicht öffnet, besuchen Sie:</translation>
    </message>
    <message>
        <source>The browser could not be started; open the address above yourself.</source>
        <translation>Der Browser konnte nicht gestartet werden; öffnen Sie die obige Adresse selbst.</translation>
    </message>
    <message>
        <source>usage: login NAME [--no-browser]</source>
        <translation>Aufruf: login NAME [--no-browser]</translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot;; the token %2.</source>
        <translation>Bei „%1“ angemeldet; das Token %2.</translation>
    </message>
    <message>
        <source>The tokens are kept in memory only and are gone when this command ends.</source>
        <translation>Die Token werden nur im Speicher gehalten und sind am Ende dieses Befehls weg.</translation>
    </message>
    <message>
        <source>usage: logout NAME</source>
        <translation>Aufruf: logout NAME</translation>
    </message>
    <message>
        <source>To end the session in your browser too, open:</source>
        <translation>Um die Sitzung auch im Browser zu beenden, öffnen Sie:</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its client secret, which is in the keychain: a --session-only command cannot sign it in.</source>
        <translation>„%1“ braucht sein Client-Secret, das im Schlüsselbund liegt: Ein Befehl mit --session-only kann es nicht anmelden.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>The connection or its keychain entry cannot be read: %1</source>
        <translation>Die Verbindung oder ihr Schlüsselbund-Eintrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>Warten, bis Sie sich im Browser angemeldet und den Zugriff erlaubt haben…</translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation>Es wurde kein Browser geöffnet. Kopieren Sie die Adresse unten in einen Browser, melden Sie sich dort an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Der Code wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>%1 Edit the connection to use another port.</source>
        <translation>%1 Bearbeiten Sie die Verbindung, um einen anderen Port zu verwenden.</translation>
    </message>
    <message>
        <source>The connection was removed meanwhile; nothing was saved.</source>
        <translation>Die Verbindung wurde inzwischen entfernt; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Saving the tokens to your keychain…</source>
        <translation>Die Tokens werden in Ihrem Schlüsselbund gespeichert…</translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1</source>
        <translation>Die Tokens konnten nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Another action on this connection is still running; try again when it has finished.</source>
        <translation>Eine andere Aktion für diese Verbindung läuft noch; versuchen Sie es erneut, wenn sie beendet ist.</translation>
    </message>
</context>
<context>
    <name>SignInJob</name>
    <message>
        <source>signing in to &quot;%1&quot;</source>
        <translation>Die Anmeldung bei „%1“</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Your browser opens the provider&apos;s sign-in page. Come back here when it says you are done.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite des Anbieters. Kehren Sie hierher zurück, wenn dort angezeigt wird, dass Sie fertig sind.</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>Anmelde-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address, to open it in another browser</source>
        <translation>Die Adresse kopieren, um sie in einem anderen Browser zu öffnen</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>Erneut &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser once more</source>
        <translation>Die Anmeldeseite noch einmal im Browser öffnen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The sign-in address is on the clipboard: paste it into a browser, sign in there, and come back.</source>
        <translation>Die Anmeldeadresse liegt in der Zwischenablage: Fügen Sie sie in einen Browser ein, melden Sie sich dort an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation>Es wurde kein Browser geöffnet. Kopieren Sie die Adresse unten in einen Browser, melden Sie sich dort an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>The browser came back. Exchanging the code for tokens…</source>
        <translation>Der Browser hat sich zurückgemeldet. Der Code wird gegen Tokens eingetauscht…</translation>
    </message>
    <message>
        <source>Asking the provider for the app&apos;s own token…</source>
        <translation>Der Anbieter wird nach dem eigenen Token der App gefragt…</translation>
    </message>
    <message>
        <source>Signed in. Asking the provider who you are…</source>
        <translation>Angemeldet. Der Anbieter wird gefragt, wer Sie sind…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung wird gestartet…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser… If the provider reports a wrong redirect or callback URL, the app registered there must have exactly %1 as its callback URL.</source>
        <translation>Warten, bis Sie sich im Browser angemeldet und den Zugriff erlaubt haben… Meldet der Anbieter eine falsche Redirect- oder Callback-URL, muss die dort registrierte App genau %1 als Callback-URL haben.</translation>
    </message>
    <message>
        <source>the app itself (no person signs in)</source>
        <translation>die App selbst (keine Person meldet sich an)</translation>
    </message>
    <message>
        <source>Saving the connection; the tokens go to your keychain…</source>
        <translation>Die Verbindung wird gespeichert; die Tokens kommen in Ihren Schlüsselbund…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Choose another port</source>
        <translation>Anderen &amp;Port wählen</translation>
    </message>
    <message>
        <source>&amp;Check the client ID and secret</source>
        <translation>&amp;Client-ID und Secret prüfen</translation>
    </message>
    <message>
        <source>&amp;Check the app registration</source>
        <translation>App-&amp;Registrierung prüfen</translation>
    </message>
    <message>
        <source>&amp;Choose another name</source>
        <translation>Anderen &amp;Namen wählen</translation>
    </message>
</context>
<context>
    <name>SignOutJob</name>
    <message>
        <source>Signing out of &quot;%1&quot;</source>
        <translation>Abmeldung von „%1“</translation>
    </message>
    <message>
        <source>Revoking tokens of &quot;%1&quot;</source>
        <translation>Tokens von „%1“ werden widerrufen</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no revocation endpoint; signing out forgets the tokens here.</source>
        <translation>Der Anbieter von „%1“ hat keinen Widerrufs-Endpunkt; die Abmeldung vergisst die Tokens hier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no such token to revoke.</source>
        <translation>„%1“ hat kein solches Token zum Widerrufen.</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Der Schlüsselbund konnte nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The tokens of &quot;%1&quot; are forgotten here, but the provider did not confirm their revocation and may accept them until they expire. %2</source>
        <translation>Die Tokens von „%1“ sind hier vergessen, aber der Anbieter hat ihren Widerruf nicht bestätigt und akzeptiert sie möglicherweise, bis sie ablaufen. %2</translation>
    </message>
</context>
<context>
    <name>SqlConsole</name>
    <message>
        <source>Run the statements (Ctrl+Enter)</source>
        <translation>Anweisungen ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Stop the statement running now (Esc)</source>
        <translation>Die laufende Anweisung anhalten (Esc)</translation>
    </message>
    <message>
        <source>Allow &amp;Writing</source>
        <translation>Schreiben erla&amp;uben</translation>
    </message>
    <message>
        <source>Off: the file is opened read-only, so nothing can change it by accident</source>
        <translation>Aus: Die Datei ist schreibgeschützt geöffnet, nichts kann sie versehentlich ändern</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>SQL-Anweisungen</translation>
    </message>
    <message>
        <source>SELECT … — Ctrl+Enter runs, Ctrl+Space completes table and column names</source>
        <translation>SELECT … — Strg+Eingabe führt aus, Strg+Leertaste ergänzt Tabellen- und Spaltennamen</translation>
    </message>
    <message>
        <source>Statements run before on this database</source>
        <translation>Früher auf dieser Datenbank ausgeführte Anweisungen</translation>
    </message>
    <message>
        <source>Outcome of the statements</source>
        <translation>Ausgang der Anweisungen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Result of the last statement that returned rows</source>
        <translation>Ergebnis der letzten Anweisung, die Zeilen geliefert hat</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n Zeile in %1 ms.</numerusform>
            <numerusform>%n Zeilen in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Fertig in %1 ms.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed.</source>
        <translation>
            <numerusform>%n Zeile geändert.</numerusform>
            <numerusform>%n Zeilen geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 ms; nothing after the stop was run.</source>
        <translation>Nach %1 ms angehalten; nach dem Anhalten wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>Allow Writing</source>
        <translation>Schreiben erlauben</translation>
    </message>
    <message>
        <source>Statements run in the console will be able to change or delete the loaded data in %1. A run loading into the file waits while a statement writes.</source>
        <translation>In der Konsole ausgeführte Anweisungen können die geladenen Daten in %1 ändern oder löschen. Ein Ladevorgang in die Datei wartet, solange eine Anweisung schreibt.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>A transaction the statements began was still open: it was rolled back. End it with COMMIT in the same run to keep its changes.</source>
        <translation>Eine von den Anweisungen begonnene Transaktion war noch offen: Sie wurde zurückgerollt. Beenden Sie sie mit COMMIT im selben Lauf, um ihre Änderungen zu behalten.</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Unter %1 gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: Der Ordner %2 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this load was saved. Free some space and run again.</source>
        <translation>Der Datenträger mit %1 ist voll; nichts von dieser Ladung wurde gespeichert. Schaffen Sie Platz und starten Sie erneut.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing of this load was saved. Check the file&apos;s permissions.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt; nichts von dieser Ladung wurde gespeichert. Prüfen Sie die Rechte der Datei.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); nothing of this load was saved. The disk may be full or the file too large for this system.</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen (%2); nichts von dieser Ladung wurde gespeichert. Der Datenträger ist vielleicht voll oder die Datei zu groß für dieses System.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>Die Datenbank %1 ist belegt: Ein anderes Programm schreibt hinein. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database (%2).</source>
        <translation>%1 ist keine verwendbare SQLite-Datenbank (%2).</translation>
    </message>
    <message>
        <source>SQLite failed at &quot;%1&quot; on %2: %3</source>
        <translation>SQLite ist bei „%1“ auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite than Grantline (%1, not %2); Grantline cannot write through it safely.</source>
        <translation>Der SQLite-Treiber von Qt verwendet ein anderes SQLite als Grantline (%1, nicht %2); Grantline kann darüber nicht sicher schreiben.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or choose another file.</source>
        <translation>Die Datenbank %1 ist schreibgeschützt. Prüfen Sie die Berechtigungen der Datei, oder wählen Sie eine andere Datei.</translation>
    </message>
</context>
<context>
    <name>TestRequestDialog</name>
    <message>
        <source>&amp;Use these</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Test request: %1</source>
        <translation>Testanfrage: %1</translation>
    </message>
    <message>
        <source>Sending the request of &quot;%1&quot;…</source>
        <translation>Die Anfrage von „%1“ wird gesendet…</translation>
    </message>
    <message>
        <source>Request and status</source>
        <translation>Anfrage und Status</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefgelaufen ist</translation>
    </message>
    <message>
        <source>Data selector and paginator</source>
        <translation>Datenselektor und Paginator</translation>
    </message>
    <message>
        <source>Write the detected data selector and paginator into the endpoint</source>
        <translation>Den erkannten Datenselektor und Paginator in den Endpunkt schreiben</translation>
    </message>
    <message>
        <source>Use the detected data selector and paginator</source>
        <translation>Den erkannten Datenselektor und Paginator verwenden</translation>
    </message>
    <message>
        <source>Find a key or value (Enter)</source>
        <translation>Einen Schlüssel oder Wert suchen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Find in the answer</source>
        <translation>In der Antwort suchen</translation>
    </message>
    <message>
        <source>JSONPath, e.g. data[*]</source>
        <translation>JSONPath, z. B. data[*]</translation>
    </message>
    <message>
        <source>JSONPath of the records</source>
        <translation>JSONPath der Datensätze</translation>
    </message>
    <message>
        <source>What the JSONPath picks</source>
        <translation>Was der JSONPath auswählt</translation>
    </message>
    <message>
        <source>The answer&apos;s body</source>
        <translation>Der Inhalt der Antwort</translation>
    </message>
    <message>
        <source>The answer&apos;s headers</source>
        <translation>Die Header der Antwort</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;Header</translation>
    </message>
    <message>
        <source>%1 %2 — HTTP %3 — %4 ms — %5</source>
        <translation>%1 %2 — HTTP %3 — %4 ms — %5</translation>
    </message>
    <message>
        <source>%1 %2 — no answer</source>
        <translation>%1 %2 — keine Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Data selector %1 (%2): %n record(s) on this page. Paginator %3 (%4).</source>
        <translation>
            <numerusform>Datenselektor %1 (%2): %n Datensatz auf dieser Seite. Paginator %3 (%4).</numerusform>
            <numerusform>Datenselektor %1 (%2): %n Datensätze auf dieser Seite. Paginator %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>detected</source>
        <translation>erkannt</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>aus der Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1 picks %n record(s), marked in the tree.</source>
        <translation>
            <numerusform>%1 wählt %n Datensatz aus, im Baum markiert.</numerusform>
            <numerusform>%1 wählt %n Datensätze aus, im Baum markiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the answer.</source>
        <translation>„%1“ kommt in der Antwort nicht vor.</translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation>Bei %1 erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign in to %1 again and send the request again</source>
        <translation>Erneut bei %1 anmelden und die Anfrage nochmals senden</translation>
    </message>
</context>
<context>
    <name>TestRequestJob</name>
    <message>
        <source>Testing the request of &quot;%1&quot;</source>
        <translation>Die Anfrage von „%1“ wird getestet</translation>
    </message>
    <message>
        <source>The pipeline has no resource named &quot;%1&quot;.</source>
        <translation>Die Pipeline hat keine Ressource namens „%1“.</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource „%1“: %2</translation>
    </message>
    <message>
        <source>Signing in failed, so no request was sent (%1): %2 Sign in again, or check the client ID and secret.</source>
        <translation>Die Anmeldung ist fehlgeschlagen, daher wurde keine Anfrage gesendet (%1): %2 Melden Sie sich erneut an oder prüfen Sie Client-ID und Secret.</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not JSON: the path or base_url probably leads to a web page (a sign-in or error page) rather than the API. Check both.</source>
        <translation>%1 hat mit einer HTML-Seite statt JSON geantwortet: Der Pfad oder base_url führt wohl zu einer Webseite (einer Anmelde- oder Fehlerseite) statt zur API. Prüfen Sie beide.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON (%2). The API sent a broken answer: look at the body, and try again later.</source>
        <translation>Die Antwort von %1 ist kein gültiges JSON (%2). Die API hat eine fehlerhafte Antwort geschickt: Sehen Sie sich den Inhalt an und versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The data_selector &quot;%1&quot; of &quot;%2&quot; matches nothing in this answer (it has: %3). Pick the path of the records in the answer and use it as the data selector.</source>
        <translation>Der data_selector „%1“ von „%2“ findet in dieser Antwort nichts (sie hat: %3). Wählen Sie den Pfad der Datensätze in der Antwort und verwenden Sie ihn als Data Selector.</translation>
    </message>
    <message>
        <source>The first page of &quot;%1&quot; has no records, so &quot;%2&quot; has nothing to fill its path (%3) with. Test &quot;%1&quot; to see what it answers.</source>
        <translation>Die erste Seite von „%1“ hat keine Datensätze, daher hat „%2“ nichts, um seinen Pfad (%3) zu füllen. Testen Sie „%1“, um zu sehen, was es antwortet.</translation>
    </message>
    <message>
        <source>%1 Sign in again, or check the secret the pipeline uses.</source>
        <translation>%1 Melden Sie sich erneut an oder prüfen Sie das Secret, das die Pipeline verwendet.</translation>
    </message>
    <message>
        <source>No answer came from %1: %2 Check the base_url and the network connection, then try again.</source>
        <translation>Von %1 kam keine Antwort: %2 Prüfen Sie base_url und die Netzwerkverbindung und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The API refused the credentials (HTTP 401 from %1). Sign in again, or check the secret or token the pipeline uses.</source>
        <translation>Die API hat die Zugangsdaten abgelehnt (HTTP 401 von %1). Melden Sie sich erneut an oder prüfen Sie das Secret oder Token, das die Pipeline verwendet.</translation>
    </message>
    <message>
        <source>The API accepted the credentials but does not allow this request (HTTP 403 from %1). Check that the app asks for the scopes this endpoint needs and that the account may see this data.</source>
        <translation>Die API hat die Zugangsdaten akzeptiert, erlaubt diese Anfrage aber nicht (HTTP 403 von %1). Prüfen Sie, ob die App die Scopes anfordert, die dieser Endpunkt braucht, und ob das Konto diese Daten sehen darf.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check the resource&apos;s path, &quot;%2&quot;, and the base_url.</source>
        <translation>Unter %1 wurde nichts gefunden (HTTP 404). Prüfen Sie den Pfad der Ressource, „%2“, und base_url.</translation>
    </message>
    <message>
        <source>The API failed with HTTP %1 at %2; the fault is on the server&apos;s side, not in the pipeline. Try again later, and if it persists, check the API&apos;s status page.</source>
        <translation>Die API ist mit HTTP %1 bei %2 fehlgeschlagen; der Fehler liegt beim Server, nicht in der Pipeline. Versuchen Sie es später erneut und prüfen Sie, falls es bleibt, die Statusseite der API.</translation>
    </message>
    <message>
        <source>The API refused the request (%1). Check the resource&apos;s params, body and headers.</source>
        <translation>Die API hat die Anfrage abgelehnt (%1). Prüfen Sie Parameter, Inhalt und Header der Ressource.</translation>
    </message>
    <message>
        <source>The API is limiting how fast requests come (HTTP 429). Wait a minute, then try again.</source>
        <translation>Die API begrenzt, wie schnell Anfragen kommen (HTTP 429). Warten Sie eine Minute und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>The API is limiting how fast requests come (HTTP 429). Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>Die API begrenzt, wie schnell Anfragen kommen (HTTP 429). Warten Sie %n Sekunde und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Die API begrenzt, wie schnell Anfragen kommen (HTTP 429). Warten Sie %n Sekunden und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation>Die Antwort ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>usage: token show|verify|refresh|revoke|introspect NAME</source>
        <translation>Aufruf: token show|verify|refresh|revoke|introspect NAME</translation>
    </message>
    <message>
        <source>usage: token show NAME [--json] [--reveal]</source>
        <translation>Aufruf: token show NAME [--json] [--reveal]</translation>
    </message>
    <message>
        <source>Token of &quot;%1&quot;: %2</source>
        <translation>Token von „%1“: %2</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>No refresh token.</source>
        <translation>Kein Refresh-Token.</translation>
    </message>
    <message>
        <source>A refresh token is stored.</source>
        <translation>Ein Refresh-Token ist gespeichert.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Zugriffstoken: %1</translation>
    </message>
    <message>
        <source>%1 Run grantline-cli login %2.</source>
        <translation>%1 Führen Sie grantline-cli login %2 aus.</translation>
    </message>
    <message>
        <source>Refreshed &quot;%1&quot;; the token %2.</source>
        <translation>„%1“ erneuert; das Token %2.</translation>
    </message>
    <message>
        <source>usage: token revoke NAME [--access|--refresh|--all]</source>
        <translation>Aufruf: token revoke NAME [--access|--refresh|--all]</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Token von „%1“ widerrufen.</numerusform>
            <numerusform>%n Token von „%1“ widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: token introspect NAME [--refresh] [--json]</source>
        <translation>Aufruf: token introspect NAME [--refresh] [--json]</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation>Der Anbieter von „%1“ hat keinen Introspection-Endpunkt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to ask about.</source>
        <translation>„%1“ hat kein Refresh-Token, nach dem gefragt werden kann.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>inactive (expired, revoked or unknown)</source>
        <translation>inaktiv (abgelaufen, widerrufen oder unbekannt)</translation>
    </message>
</context>
<context>
    <name>TokenHistory</name>
    <message>
        <source>The token history of &quot;%1&quot; could not be written: %2</source>
        <translation>Der Token-Verlauf von „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issued in the future (%1): this computer&apos;s clock or the provider&apos;s is wrong.</source>
        <translation>In der Zukunft ausgestellt (%1): Die Uhr dieses Computers oder die des Anbieters geht falsch.</translation>
    </message>
    <message>
        <source>Not valid yet: usable %1.</source>
        <translation>Noch nicht gültig: verwendbar %1.</translation>
    </message>
    <message>
        <source>Expired %1.</source>
        <translation>Abgelaufen %1.</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): only the provider can read it.</source>
        <translation>Ein verschlüsseltes JWT (JWE): Nur der Anbieter kann es lesen.</translation>
    </message>
    <message>
        <source>An opaque token: it carries no readable claims. Introspection can tell whether it is active.</source>
        <translation>Ein opakes Token: Es enthält keine lesbaren Claims. Per Introspektion lässt sich feststellen, ob es aktiv ist.</translation>
    </message>
    <message>
        <source>A JWT access token (RFC 9068). Shown for debugging only: it is meant for the API, not for Grantline.</source>
        <translation>Ein JWT-Zugriffstoken (RFC 9068). Nur zur Fehlersuche angezeigt: Es ist für die API bestimmt, nicht für Grantline.</translation>
    </message>
    <message>
        <source>A JWT. Shown for debugging only: the claims are decoded, not verified.</source>
        <translation>Ein JWT. Nur zur Fehlersuche angezeigt: Die Claims sind dekodiert, nicht verifiziert.</translation>
    </message>
    <message>
        <source>no expiry in the token</source>
        <translation>keine Ablaufzeit im Token</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>läuft %1 ab (%2)</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>ist %1 abgelaufen (%2)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min</source>
        <translation>
            <numerusform>%n Std. %1 Min.</numerusform>
            <numerusform>%n Std. %1 Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>has no expiry the provider told</source>
        <translation>hat kein vom Anbieter genanntes Ablaufdatum</translation>
    </message>
    <message>
        <source>%1 (not a valid date)</source>
        <translation>%1 (kein gültiges Datum)</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a valid date: %2.</source>
        <translation>Der Claim „%1“ ist kein gültiges Datum: %2.</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 Min. %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>Signatur &amp;prüfen</translation>
    </message>
    <message>
        <source>Check the signature against the provider&apos;s published keys (JWKS)</source>
        <translation>Die Signatur mit den veröffentlichten Schlüsseln des Anbieters (JWKS) prüfen</translation>
    </message>
    <message>
        <source>&amp;Scopes granted:</source>
        <translation>&amp;Gewährte Scopes:</translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspektion</translation>
    </message>
    <message>
        <source>Ask the provider whether the token is still active</source>
        <translation>Den Anbieter fragen, ob das Token noch aktiv ist</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Erneuern</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token now</source>
        <translation>Jetzt mit dem Aktualisierungstoken ein neues Zugriffstoken holen</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the access token</source>
        <translation>Das Zugriffstoken widerrufen</translation>
    </message>
    <message>
        <source>Revoke the refresh token</source>
        <translation>Das Aktualisierungstoken widerrufen</translation>
    </message>
    <message>
        <source>Revoke both</source>
        <translation>Beide widerrufen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <source>Revoke the tokens, forget them, and end the provider&apos;s session in the browser</source>
        <translation>Die Tokens widerrufen, vergessen und die Sitzung beim Anbieter im Browser beenden</translation>
    </message>
    <message>
        <source>&amp;Copy token…</source>
        <translation>Token &amp;kopieren…</translation>
    </message>
    <message>
        <source>Token timeline</source>
        <translation>Token-Zeitleiste</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>ID-Token</translation>
    </message>
    <message>
        <source>Signature not checked yet.</source>
        <translation>Signatur noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Not a readable JWT: only the provider can check this token (Introspect asks it).</source>
        <translation>Kein lesbares JWT: Nur der Anbieter kann dieses Token prüfen („Introspektion“ fragt ihn).</translation>
    </message>
    <message>
        <source>The provider did not say when the access token expires.</source>
        <translation>Der Anbieter hat nicht angegeben, wann das Zugriffstoken abläuft.</translation>
    </message>
    <message>
        <source>The access token expires in %1.</source>
        <translation>Das Zugriffstoken läuft in %1 ab.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago.</source>
        <translation>Das Zugriffstoken ist vor %1 abgelaufen.</translation>
    </message>
    <message>
        <source>%p% of its lifetime used</source>
        <translation>%p% seiner Lebensdauer verbraucht</translation>
    </message>
    <message>
        <source>✔ Valid signature (%1, key %2).</source>
        <translation>✔ Gültige Signatur (%1, Schlüssel %2).</translation>
    </message>
    <message>
        <source>? Key not found: %1</source>
        <translation>? Schlüssel nicht gefunden: %1</translation>
    </message>
    <message>
        <source>✘ Not valid: %1</source>
        <translation>✘ Ungültig: %1</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Aktiv.</translation>
    </message>
    <message>
        <source>Inactive: expired, revoked or unknown to the provider.</source>
        <translation>Inaktiv: abgelaufen, widerrufen oder dem Anbieter unbekannt.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>both tokens</source>
        <translation>beide Tokens</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <source>the refresh token</source>
        <translation>das Aktualisierungstoken</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke %1 of &quot;%2&quot;? Requests with it stop working at once; without a refresh token you must sign in again.</source>
        <translation>Möchten Sie %1 von „%2“ widerrufen? Anfragen damit funktionieren sofort nicht mehr; ohne Aktualisierungstoken müssen Sie sich erneut anmelden.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation>Möchten Sie sich von „%1“ abmelden? Die Tokens werden widerrufen und vergessen; die Verbindung bleibt bestehen und ist bereit für eine erneute Anmeldung.</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Token kopieren</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>The token is on the clipboard. Clear it when you are done.</source>
        <translation>Das Token liegt in der Zwischenablage. Leeren Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>Put the chosen token on the clipboard, after a warning</source>
        <translation>Das gewählte Token nach einer Warnung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>The ID token of &quot;%1&quot; says who you are to anyone who has it, and other programs can read the clipboard. Copy it anyway?</source>
        <translation>Das ID-Token von „%1“ verrät jedem, der es hat, wer Sie sind, und andere Programme können die Zwischenablage lesen. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Anyone who has the access token of &quot;%1&quot; can act as you until it expires, and other programs can read the clipboard. Copy it anyway?</source>
        <translation>Wer das Zugriffstoken von „%1“ hat, kann bis zu seinem Ablauf in Ihrem Namen handeln, und andere Programme können die Zwischenablage lesen. Trotzdem kopieren?</translation>
    </message>
    <message>
        <source>Header and claims of the chosen token</source>
        <translation>Header und Claims des gewählten Tokens</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Scopes</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The provider&apos;s answer has no access_token.</source>
        <translation>Die Antwort des Anbieters hat kein access_token.</translation>
    </message>
    <message>
        <source>The provider issued a token of type &quot;%1&quot;; Grantline supports only Bearer tokens.</source>
        <translation>Der Anbieter hat ein Token vom Typ „%1“ ausgestellt; Grantline unterstützt nur Bearer-Token.</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Läuft bald ab</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Signed out: sign in again to use this connection.</source>
        <translation>Abgemeldet: Melden Sie sich erneut an, um diese Verbindung zu verwenden.</translation>
    </message>
    <message>
        <source>There is no refresh token: sign in again when it has expired.</source>
        <translation>Es gibt kein Aktualisierungstoken: Melden Sie sich erneut an, wenn das Zugriffstoken abgelaufen ist.</translation>
    </message>
    <message>
        <source>The refresh token gets a new one when it is needed.</source>
        <translation>Das Aktualisierungstoken holt bei Bedarf ein neues Zugriffstoken.</translation>
    </message>
    <message>
        <source>There is no access token. %1</source>
        <translation>Es gibt kein Zugriffstoken. %1</translation>
    </message>
    <message>
        <source>The access token %1. %2</source>
        <translation>Das Zugriffstoken %1. %2</translation>
    </message>
</context>
<context>
    <name>TokenTimeline</name>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer des Zugriffstokens</translation>
    </message>
    <message>
        <source>Token timeline: sign-ins, refreshes and revocations</source>
        <translation>Token-Zeitleiste: Anmeldungen, Erneuerungen und Widerrufe</translation>
    </message>
</context>
<context>
    <name>TokenVerificationJob</name>
    <message>
        <source>Checking the token&apos;s signature</source>
        <translation>Die Signatur des Tokens wird geprüft</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>Der Anbieter veröffentlicht keinen Schlüsselsatz (jwks_uri), daher kann die Signatur nicht geprüft werden.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set at %1 could not be read (%2).</source>
        <translation>Der Schlüsselsatz des Anbieters unter %1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>UserInfoJob</name>
    <message>
        <source>Asking %1 who is signed in</source>
        <translation>%1 wird gefragt, wer angemeldet ist</translation>
    </message>
    <message>
        <source>The provider did not accept the token for the user&apos;s profile (it may have expired, been revoked, or belong to an app without a user).</source>
        <translation>Der Anbieter hat das Token für das Benutzerprofil nicht akzeptiert (es ist vielleicht abgelaufen, widerrufen oder gehört zu einer App ohne Benutzer).</translation>
    </message>
    <message>
        <source>The user&apos;s profile could not be read from %1 (%2).</source>
        <translation>Das Benutzerprofil konnte nicht von %1 gelesen werden (%2).</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
</context>
<context>
    <name>ValueViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grantline without a window: the same connections, pipelines and keychain entries as the desktop app.</source>
        <translation>Grantline ohne Fenster: dieselben Verbindungen, Pipelines und Schlüsselbund-Einträge wie die Desktop-Anwendung.</translation>
    </message>
    <message>
        <source>Sign in to OAuth-protected REST APIs, load their data into SQLite and browse it.</source>
        <translation>Bei OAuth-geschützten REST-APIs anmelden, ihre Daten in SQLite laden und durchsuchen.</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port).</source>
        <translation>Auf diesem Port lauschen (0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Match callback URLs exactly, port included, as APS does.</source>
        <translation>Callback-URLs exakt vergleichen, samt Port, wie APS es tut.</translation>
    </message>
    <message>
        <source>Seed for the generated data.</source>
        <translation>Startwert für die erzeugten Daten.</translation>
    </message>
    <message>
        <source>How many items to serve.</source>
        <translation>Wie viele Elemente ausgeliefert werden.</translation>
    </message>
    <message>
        <source>How many OSS buckets to list.</source>
        <translation>Wie viele OSS-Buckets aufgelistet werden.</translation>
    </message>
    <message>
        <source>Access-token lifetime in seconds.</source>
        <translation>Lebensdauer des Zugriffstokens in Sekunden.</translation>
    </message>
    <message>
        <source>The issuer to announce (default: the base URL).</source>
        <translation>Der anzukündigende Issuer (Standard: die Basis-URL).</translation>
    </message>
    <message>
        <source>JSON file with more registered apps.</source>
        <translation>JSON-Datei mit weiteren registrierten Apps.</translation>
    </message>
    <message>
        <source>PEM file with the RSA key that signs tokens (default: a new key).</source>
        <translation>PEM-Datei mit dem RSA-Schlüssel, der Token signiert (Standard: ein neuer Schlüssel).</translation>
    </message>
    <message>
        <source>Inject a fault into data and playground requests: 429, 429-date, 500, 502, 503, slow, drop, html or malformed, with &quot;:N&quot; for every Nth request. Repeatable.</source>
        <translation>Einen Fehler in Daten- und Playground-Anfragen einspeisen: 429, 429-date, 500, 502, 503, slow, drop, html oder malformed, mit „:N“ für jede N-te Anfrage. Wiederholbar.</translation>
    </message>
    <message>
        <source>Print the start-up details as one JSON object.</source>
        <translation>Die Startdetails als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Write the generated records of this kind (&quot;items&quot;) to stdout as JSON lines, then exit.</source>
        <translation>Die erzeugten Datensätze dieser Art (&quot;items&quot;) als JSON-Zeilen auf stdout schreiben und beenden.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 muss eine ganze Zahl von %2 bis %3 sein, nicht „%4“.</translation>
    </message>
    <message>
        <source>Sign in as %1 with the password %2</source>
        <translation>Melden Sie sich als %1 mit dem Passwort %2 an</translation>
    </message>
    <message>
        <source>App &quot;%1&quot; (%2): client_id %3</source>
        <translation>App „%1“ (%2): client_id %3</translation>
    </message>
    <message>
        <source>, client_secret %1</source>
        <translation>, client_secret %1</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Discovery: %1</translation>
    </message>
    <message>
        <source>A local APS-style OAuth 2.0 / OpenID Connect provider and data API, so Grantline works offline and without an account.</source>
        <translation>Ein lokaler OAuth-2.0-/OpenID-Connect-Anbieter im APS-Stil samt Daten-API, damit Grantline offline und ohne Konto funktioniert.</translation>
    </message>
    <message>
        <source>--dump knows only &quot;items&quot;, not &quot;%1&quot;.</source>
        <translation>--dump kennt nur &quot;items&quot;, nicht „%1“.</translation>
    </message>
    <message>
        <source>Keep connections in this folder instead of the app data folder (or $GRANTLINE_HOME).</source>
        <translation>Verbindungen in diesem Ordner statt im App-Datenordner halten (oder $GRANTLINE_HOME).</translation>
    </message>
    <message>
        <source>Keep secrets in memory until the command ends instead of in the system keychain (for machines without one). No secret is written to disk.</source>
        <translation>Secrets bis zum Ende des Befehls im Speicher statt im System-Schlüsselbund halten (für Rechner ohne einen). Kein Secret wird auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>One of the commands above, then its options.</source>
        <translation>Einer der obigen Befehle, gefolgt von seinen Optionen.</translation>
    </message>
    <message>
        <source>Answer every request after this many milliseconds, give or take the jitter, as a real API over a real network does.</source>
        <translation>Jede Anfrage nach so vielen Millisekunden beantworten, plus oder minus die Streuung, wie eine echte API über ein echtes Netz.</translation>
    </message>
    <message>
        <source>How far each answer&apos;s latency may differ from --latency, in milliseconds (default: a fifth of it).</source>
        <translation>Wie weit die Latenz jeder Antwort von --latency abweichen darf, in Millisekunden (Vorgabe: ein Fünftel davon).</translation>
    </message>
    <message>
        <source>How many hubs to serve.</source>
        <translation>Wie viele Hubs ausgeliefert werden.</translation>
    </message>
    <message>
        <source>How many projects each hub has.</source>
        <translation>Wie viele Projekte jeder Hub hat.</translation>
    </message>
    <message>
        <source>How many top folders each project has; the items are dealt across all of them.</source>
        <translation>Wie viele oberste Ordner jedes Projekt hat; die Elemente werden auf alle verteilt.</translation>
    </message>
</context>
</TS>
