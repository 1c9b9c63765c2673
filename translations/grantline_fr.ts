<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>No connections yet</source>
        <translation>Aucune connexion pour l’instant</translation>
    </message>
    <message>
        <source>A connection lets Grantline sign in to an API on your behalf and load its data into a SQLite file you can browse. Start with the built-in Sandbox — no account and no network needed — or connect to Autodesk Platform Services or any OAuth 2.0 provider.</source>
        <translation>Une connexion permet à Grantline de se connecter à une API en votre nom et d’en charger les données dans un fichier SQLite que vous pouvez parcourir. Commencez avec le bac à sable intégré — sans compte ni réseau — ou connectez-vous à Autodesk Platform Services ou à tout fournisseur OAuth 2.0.</translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation>Configurer une connexion</translation>
    </message>
    <message>
        <source>Open the connection wizard</source>
        <translation>Ouvrir l’assistant de connexion</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L’opération a été annulée.</translation>
    </message>
    <message>
        <source>The operation</source>
        <translation>L’opération</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 ne s’est pas terminé en %n seconde.</numerusform>
            <numerusform>%1 ne s’est pas terminé en %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretJob</name>
    <message>
        <source>Nothing is stored in the keychain under &quot;%1&quot;. If your keyring is locked, unlock it and try again.</source>
        <translation>Rien n’est enregistré dans le trousseau sous « %1 ». Si votre trousseau est verrouillé, déverrouillez-le puis réessayez.</translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example in the Passwords and Keys application) and try again.</source>
        <translation>Le trousseau est verrouillé. Déverrouillez-le (par exemple dans l’application Mots de passe et clés) puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation>Le trousseau a refusé l’accès : %1</translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation>Aucun trousseau n’est joignable (%1). Démarrez un service Secret Service comme GNOME Keyring ou KWallet, puis réessayez.</translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation>Le trousseau a signalé une erreur : %1</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
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
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <source>Register an app and sign in to an API</source>
        <translation>Enregistrer une application et se connecter à une API</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Grantline</source>
        <translation>À &amp;propos de Grantline</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The connection wizard is not part of this build yet.</source>
        <translation>L’assistant de connexion ne fait pas encore partie de cette version.</translation>
    </message>
    <message>
        <source>About Grantline</source>
        <translation>À propos de Grantline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Sign in to OAuth-protected REST APIs, load their data into a local SQLite file and browse it.&lt;/p&gt;&lt;p&gt;Secrets are kept in your system keychain and nowhere else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Connectez-vous à des API REST protégées par OAuth, chargez leurs données dans un fichier SQLite local et parcourez-les.&lt;/p&gt;&lt;p&gt;Les secrets sont conservés dans le trousseau du système et nulle part ailleurs.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MemorySecretJob</name>
    <message>
        <source>Nothing is stored for this session under &quot;%1&quot;.</source>
        <translation>Rien n’est enregistré pour cette session sous « %1 ».</translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only (not saved)</source>
        <translation>Cette session seulement (non enregistré)</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>No connections</source>
        <translation>Aucune connexion</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>No pipelines</source>
        <translation>Aucun pipeline</translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>Reading &quot;%1&quot; from the keychain</source>
        <translation>La lecture de « %1 » dans le trousseau</translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; to the keychain</source>
        <translation>L’enregistrement de « %1 » dans le trousseau</translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain</source>
        <translation>La suppression de « %1 » du trousseau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grantline without a window: the same connections, pipelines and keychain entries as the desktop app.</source>
        <translation>Grantline sans fenêtre : les mêmes connexions, pipelines et entrées du trousseau que l’application de bureau.</translation>
    </message>
    <message>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <source>grantline-cli: no command given; see --help.</source>
        <translation>grantline-cli : aucune commande indiquée ; voir --help.</translation>
    </message>
    <message>
        <source>grantline-cli: unknown command &quot;%1&quot;; see --help.</source>
        <translation>grantline-cli : commande inconnue « %1 » ; voir --help.</translation>
    </message>
    <message>
        <source>Sign in to OAuth-protected REST APIs, load their data into SQLite and browse it.</source>
        <translation>Connectez-vous à des API REST protégées par OAuth, chargez leurs données dans SQLite et parcourez-les.</translation>
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
