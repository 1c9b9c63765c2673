<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccessTokenJob</name>
    <message>
        <source>Getting a token for &quot;%1&quot;</source>
        <translation>Obtention d’un jeton pour &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in. Sign in again.</source>
        <translation>&quot;%1&quot; n’est pas connecté. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; has run out and cannot be renewed without you. Sign in again.</source>
        <translation>La connexion de &quot;%1&quot; a expiré et ne peut pas être renouvelée sans vous. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The provider ended the sign-in of &quot;%1&quot; (%2). Sign in again.</source>
        <translation>Le fournisseur a mis fin à la connexion de &quot;%1&quot; (%2). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to renew its sign-in with. Sign in again.</source>
        <translation>&quot;%1&quot; n’a pas de jeton d’actualisation pour renouveler sa connexion. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>ApsScopes</name>
    <message>
        <source>read your profile</source>
        <translation>lire votre profil</translation>
    </message>
    <message>
        <source>read your profile, products and services</source>
        <translation>lire votre profil, vos produits et vos services</translation>
    </message>
    <message>
        <source>change your profile</source>
        <translation>modifier votre profil</translation>
    </message>
    <message>
        <source>view your models</source>
        <translation>afficher vos modèles</translation>
    </message>
    <message>
        <source>read all your data</source>
        <translation>lire toutes vos données</translation>
    </message>
    <message>
        <source>change and delete your data</source>
        <translation>modifier et supprimer vos données</translation>
    </message>
    <message>
        <source>create data</source>
        <translation>créer des données</translation>
    </message>
    <message>
        <source>search your data</source>
        <translation>rechercher dans vos données</translation>
    </message>
    <message>
        <source>create storage buckets</source>
        <translation>créer des compartiments de stockage</translation>
    </message>
    <message>
        <source>list storage buckets</source>
        <translation>lister les compartiments de stockage</translation>
    </message>
    <message>
        <source>change storage buckets</source>
        <translation>modifier les compartiments de stockage</translation>
    </message>
    <message>
        <source>delete storage buckets</source>
        <translation>supprimer les compartiments de stockage</translation>
    </message>
    <message>
        <source>write and run code (Design Automation)</source>
        <translation>écrire et exécuter du code (Design Automation)</translation>
    </message>
    <message>
        <source>read account administration data</source>
        <translation>lire les données d’administration du compte</translation>
    </message>
    <message>
        <source>change account administration data</source>
        <translation>modifier les données d’administration du compte</translation>
    </message>
    <message>
        <source>confirm who you are</source>
        <translation>confirmer votre identité</translation>
    </message>
    <message>
        <source>read one item (%1)</source>
        <translation>lire un seul élément (%1)</translation>
    </message>
    <message>
        <source>an access the app asked for</source>
        <translation>un accès demandé par l’application</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n’a pas pu être écrit</translation>
    </message>
</context>
<context>
    <name>AuthPreparationJob</name>
    <message>
        <source>The credentials (%1) are not usable: %2</source>
        <translation>Les identifiants (%1) ne sont pas utilisables : %2</translation>
    </message>
    <message>
        <source>Getting the credentials ready</source>
        <translation>Préparation des identifiants</translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an http address on this computer (127.0.0.1, localhost or [::1]), so Grantline cannot receive the sign-in there.</source>
        <translation>L’URI de redirection &quot;%1&quot; n’est pas une adresse http de cet ordinateur (127.0.0.1, localhost ou [::1]) : Grantline ne peut pas y recevoir la connexion.</translation>
    </message>
    <message>
        <source>Grantline cannot listen on %1 port %2 for the sign-in (%3). Close the program using that port, or choose another port and register the new callback URL with the provider.</source>
        <translation>Grantline ne peut pas écouter sur %1 port %2 pour la connexion (%3). Fermez le programme qui utilise ce port, ou choisissez un autre port et enregistrez la nouvelle URL de rappel chez le fournisseur.</translation>
    </message>
    <message>
        <source>The sign-in response came from &quot;%1&quot;, not from the provider this connection uses (&quot;%2&quot;). It was refused to protect your account.</source>
        <translation>La réponse de connexion vient de &quot;%1&quot;, pas du fournisseur de cette connexion (&quot;%2&quot;). Elle a été refusée pour protéger votre compte.</translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation>Connexion refusée</translation>
    </message>
    <message>
        <source>Access was denied at the provider. Sign in again and choose Allow to connect Grantline.</source>
        <translation>L’accès a été refusé chez le fournisseur. Connectez-vous à nouveau et choisissez Autoriser pour connecter Grantline.</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Accès refusé</translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1 (%2).</source>
        <translation>Le fournisseur a refusé la connexion : %1 (%2).</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Grantline is now connected.</source>
        <translation>Grantline est maintenant connecté.</translation>
    </message>
    <message>
        <source>The provider&apos;s ID token was refused: %1 Sign in again; if this keeps happening, check the connection&apos;s issuer and client ID.</source>
        <translation>Le jeton d’identité du fournisseur a été refusé : %1 Connectez-vous à nouveau ; si cela se reproduit, vérifiez l’émetteur et l’ID client de la connexion.</translation>
    </message>
    <message>
        <source>the provider sent none, although the sign-in asked for &quot;openid&quot;.</source>
        <translation>le fournisseur n’en a envoyé aucun, alors que la connexion demandait &quot;openid&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n minute(s), so Grantline stopped waiting for the browser. Start it again.</source>
        <translation>
            <numerusform>La connexion n’a pas été terminée dans le délai de %n minute, Grantline a donc cessé d’attendre le navigateur. Relancez-la.</numerusform>
            <numerusform>La connexion n’a pas été terminée dans le délai de %n minutes, Grantline a donc cessé d’attendre le navigateur. Relancez-la.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was not finished in time, so Grantline stopped waiting for the browser. Start it again.</source>
        <translation>La connexion n’a pas été terminée à temps, Grantline a donc cessé d’attendre le navigateur. Relancez-la.</translation>
    </message>
    <message>
        <source>Sign-in timed out</source>
        <translation>Délai de connexion dépassé</translation>
    </message>
</context>
<context>
    <name>BrowseConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The database is open read-only: %1 was refused (%2).</source>
        <translation>La base de données est ouverte en lecture seule : %1 a été refusé (%2).</translation>
    </message>
    <message>
        <source>Another program holds a lock on %1; try again in a moment (%2).</source>
        <translation>Un autre programme verrouille %1 ; réessayez dans un instant (%2).</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation>%1 n’est pas une base de données SQLite, ou elle est endommagée (%2).</translation>
    </message>
</context>
<context>
    <name>BrowseTasks</name>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n’est pas ouverte.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Name the file .png, .svg or .pdf to say which format to write.</source>
        <translation>Nommez le fichier en .png, .svg ou .pdf pour dire quel format écrire.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg);;Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation>Graphique enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Revendications</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation>algorithme de signature</translation>
    </message>
    <message>
        <source>which of the provider&apos;s keys signed it</source>
        <translation>laquelle des clés du fournisseur l’a signé</translation>
    </message>
    <message>
        <source>token type</source>
        <translation>type de jeton</translation>
    </message>
    <message>
        <source>who issued it</source>
        <translation>qui l’a émis</translation>
    </message>
    <message>
        <source>whom it is about</source>
        <translation>qui il concerne</translation>
    </message>
    <message>
        <source>whom it is for</source>
        <translation>à qui il est destiné</translation>
    </message>
    <message>
        <source>the app it was issued to</source>
        <translation>l’application pour laquelle il a été émis</translation>
    </message>
    <message>
        <source>what it allows</source>
        <translation>ce qu’il autorise</translation>
    </message>
    <message>
        <source>its unique ID</source>
        <translation>son identifiant unique</translation>
    </message>
    <message>
        <source>ties it to one sign-in</source>
        <translation>le rattache à une seule connexion</translation>
    </message>
    <message>
        <source>the user&apos;s ID at the provider</source>
        <translation>l’identifiant de l’utilisateur chez le fournisseur</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command given; see --help.</source>
        <translation>aucune commande donnée ; voir --help.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation>commande inconnue &quot;%1&quot; ; voir --help.</translation>
    </message>
    <message>
        <source>Add, list, show or remove a connection to a provider.</source>
        <translation>Ajouter, lister, afficher ou supprimer une connexion à un fournisseur.</translation>
    </message>
    <message>
        <source>Sign in (browser, loopback redirect, PKCE) or fetch an app&apos;s token.</source>
        <translation>Se connecter (navigateur, redirection loopback, PKCE) ou obtenir le jeton d’une application.</translation>
    </message>
    <message>
        <source>Revoke and forget the tokens; print the logout page.</source>
        <translation>Révoquer et oublier les jetons ; afficher la page de déconnexion.</translation>
    </message>
    <message>
        <source>Show, verify, refresh, revoke or introspect a connection&apos;s tokens.</source>
        <translation>Afficher, vérifier, actualiser, révoquer ou examiner par introspection les jetons d’une connexion.</translation>
    </message>
    <message>
        <source>Print a pipeline&apos;s records as JSON lines.</source>
        <translation>Afficher les enregistrements d’un pipeline sous forme de lignes JSON.</translation>
    </message>
    <message>
        <source>Extract a pipeline and load it into SQLite.</source>
        <translation>Extraire un pipeline et le charger dans SQLite.</translation>
    </message>
    <message>
        <source>Load a JSON-lines file into SQLite, or turn a dlt config into a pipeline file.</source>
        <translation>Charger un fichier de lignes JSON dans SQLite, ou convertir une configuration dlt en fichier de pipeline.</translation>
    </message>
    <message>
        <source>Show the tables and columns a SQLite file holds.</source>
        <translation>Afficher les tables et les colonnes que contient un fichier SQLite.</translation>
    </message>
    <message>
        <source>Write a built-in pipeline file (&quot;sandbox&quot;, &quot;aps-data-management&quot;) for one of your connections.</source>
        <translation>Écrire un fichier de pipeline intégré (&quot;sandbox&quot;, &quot;aps-data-management&quot;) pour l’une de vos connexions.</translation>
    </message>
    <message>
        <source>Write a pipeline as a dlt Python script.</source>
        <translation>Écrire un pipeline sous forme de script Python dlt.</translation>
    </message>
    <message>
        <source>Keep or forget a secret that pipeline files name as {secrets.NAME}.</source>
        <translation>Conserver ou oublier un secret que les fichiers de pipeline désignent par {secrets.NAME}.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>&quot;grantline-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation>&quot;grantline-cli COMMAND --help&quot; affiche les options d’une commande.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <source>List the pipelines in the Grantline home; extract, run and export take their names as well as paths (a path that exists wins).</source>
        <translation>Lister les pipelines du répertoire Grantline ; extract, run et export acceptent leurs noms aussi bien que des chemins (un chemin existant l’emporte).</translation>
    </message>
</context>
<context>
    <name>CliExtraction</name>
    <message>
        <source>Note: resource &quot;%1&quot;: detected paginator %2 (confidence %3); write it into the pipeline file to pin it.</source>
        <translation>Remarque : ressource &quot;%1&quot; : paginateur détecté %2 (confiance %3) ; écrivez-le dans le fichier du pipeline pour le fixer.</translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: detected data_selector &quot;%2&quot;.</source>
        <translation>Remarque : ressource &quot;%1&quot; : data_selector détecté &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: %2; trying again in %3 s (attempt %4).</source>
        <translation>Remarque : ressource &quot;%1&quot; : %2 ; nouvel essai dans %3 s (tentative %4).</translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3.</source>
        <translation>--%1 attend un nombre entier de %2 à %3.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>&quot;%1&quot; is signed out: run grantline-cli login %1.</source>
        <translation>&quot;%1&quot; est déconnecté : lancez grantline-cli login %1.</translation>
    </message>
    <message>
        <source>%1 Or run the command with --session-only to keep secrets in memory until it ends.</source>
        <translation>%1 Ou lancez la commande avec --session-only pour garder les secrets en mémoire jusqu’à sa fin.</translation>
    </message>
    <message>
        <source>expiry unknown (the provider did not say)</source>
        <translation>expiration inconnue (le fournisseur ne l’a pas indiquée)</translation>
    </message>
    <message>
        <source>--session-only would forget %1 when this command ends: run it without --session-only, with the keychain.</source>
        <translation>--session-only oublierait %1 à la fin de cette commande : lancez-la sans --session-only, avec le trousseau.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>ClientCredentialsAuth</name>
    <message>
        <source>App token for %1 (client credentials)</source>
        <translation>Jeton d’application pour %1 (identifiants client)</translation>
    </message>
</context>
<context>
    <name>ConfigSection</name>
    <message>
        <source>write the object form, with secrets as references: {&quot;type&quot;: &quot;%1&quot;, …: &quot;{secrets.NAME}&quot;}</source>
        <translation>écrivez la forme objet, avec les secrets en références : {&quot;type&quot;: &quot;%1&quot;, …: &quot;{secrets.NAME}&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type (known: %2)</source>
        <translation>&quot;%1&quot; n’est pas un type d’authentification (connus : %2)</translation>
    </message>
    <message>
        <source>holds a secret written into the file; store it in the keychain and write &quot;{secrets.NAME}&quot; here instead</source>
        <translation>contient un secret écrit dans le fichier ; enregistrez-le dans le trousseau et écrivez &quot;{secrets.NAME}&quot; ici à la place</translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation>doit être un objet, pas %1</translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>clé inconnue (connues ici : %1)</translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation>clé inconnue ; vouliez-vous dire &quot;%1&quot; ?</translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation>doit être une chaîne, pas %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation>doit être l’un de %1, pas &quot;%2&quot;</translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation>doit être true ou false, pas %1</translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation>doit être un nombre, pas %1</translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation>doit être un nombre entier d’au moins %1</translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation>doit être une liste de chaînes, pas %1</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>needs a status_code, a content or both</source>
        <translation>a besoin d’un status_code, d’un content ou des deux</translation>
    </message>
    <message>
        <source>an object here must have &quot;type&quot;: &quot;resolve&quot; or &quot;incremental&quot;</source>
        <translation>un objet ici doit avoir &quot;type&quot;: &quot;resolve&quot; ou &quot;incremental&quot;</translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot; (write &quot;{{&quot; or &quot;}}&quot; for a literal brace)</source>
        <translation>a un &quot;{&quot; ou un &quot;}&quot; sans paire (écrivez &quot;{{&quot; ou &quot;}}&quot; pour une accolade littérale)</translation>
    </message>
    <message>
        <source>uses {%1} but the endpoint has no &quot;incremental&quot; section</source>
        <translation>utilise {%1} mais le point d’accès n’a pas de section &quot;incremental&quot;</translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Grantline knows (resources.…, incremental.…)</source>
        <translation>{%1} n’est pas un paramètre substituable que Grantline connaît (resources.…, incremental.…)</translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot;</source>
        <translation>a un &quot;{&quot; ou un &quot;}&quot; sans paire</translation>
    </message>
    <message>
        <source>cannot be used together with &quot;json&quot;: a request has one body</source>
        <translation>ne peut pas être utilisé avec &quot;json&quot; : une requête a un seul corps</translation>
    </message>
    <message>
        <source>needs an initial_value to start from</source>
        <translation>a besoin d’une initial_value pour commencer</translation>
    </message>
    <message>
        <source>cannot be used together with &quot;%1&quot;: the value goes either in the query or in the JSON body</source>
        <translation>ne peut pas être utilisé avec &quot;%1&quot; : la valeur va soit dans la requête, soit dans le corps JSON</translation>
    </message>
    <message>
        <source>this paginator would never stop: give a total_path, a maximum, a has_more_path or stop_after_empty_page</source>
        <translation>ce paginateur ne s’arrêterait jamais : donnez un total_path, un maximum, un has_more_path ou stop_after_empty_page</translation>
    </message>
    <message>
        <source>must be a paginator name or an object</source>
        <translation>doit être un nom de paginateur ou un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator (known: %2)</source>
        <translation>&quot;%1&quot; n’est pas un paginateur (connus : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator; did you mean &quot;%2&quot;?</source>
        <translation>&quot;%1&quot; n’est pas un paginateur ; vouliez-vous dire &quot;%2&quot; ?</translation>
    </message>
    <message>
        <source>is required, so &quot;%1&quot; needs the object form: {&quot;type&quot;: &quot;%1&quot;, &quot;%2&quot;: …}</source>
        <translation>est obligatoire, donc &quot;%1&quot; a besoin de la forme objet : {&quot;type&quot;: &quot;%1&quot;, &quot;%2&quot;: …}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation>&quot;%1&quot; n’est pas une adresse http ou https</translation>
    </message>
    <message>
        <source>must be &quot;sqlite&quot; or {&quot;type&quot;: &quot;sqlite&quot;, &quot;path&quot;: …}</source>
        <translation>doit être &quot;sqlite&quot; ou {&quot;type&quot;: &quot;sqlite&quot;, &quot;path&quot;: …}</translation>
    </message>
    <message>
        <source>must list at least one resource</source>
        <translation>doit lister au moins une ressource</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another resource already</source>
        <translation>&quot;%1&quot; est déjà utilisé par une autre ressource</translation>
    </message>
    <message>
        <source>credentials would travel unencrypted: use https (plain http only reaches this computer)</source>
        <translation>les identifiants circuleraient sans chiffrement : utilisez https (http simple n’atteint que cet ordinateur)</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation>%1 n’est pas du JSON valide : %2 à la ligne %3, colonne %4</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 doit contenir un objet JSON</translation>
    </message>
    <message>
        <source>only applies to &quot;disposition&quot;: &quot;merge&quot;</source>
        <translation>ne s’applique qu’à &quot;disposition&quot;: &quot;merge&quot;</translation>
    </message>
    <message>
        <source>needs a &quot;name&quot;</source>
        <translation>a besoin d’un &quot;name&quot;</translation>
    </message>
    <message>
        <source>a resource name must not be empty</source>
        <translation>un nom de ressource ne doit pas être vide</translation>
    </message>
    <message>
        <source>are Python functions in dlt; a pipeline file cannot hold them</source>
        <translation>sont des fonctions Python dans dlt ; un fichier de pipeline ne peut pas les contenir</translation>
    </message>
    <message>
        <source>belongs to each resource, not to the defaults</source>
        <translation>appartient à chaque ressource, pas aux valeurs par défaut</translation>
    </message>
    <message>
        <source>a resolve param needs &quot;resource&quot; and &quot;field&quot;</source>
        <translation>un paramètre resolve a besoin de &quot;resource&quot; et de &quot;field&quot;</translation>
    </message>
    <message>
        <source>is resolved from the parent but the path has no {%1}</source>
        <translation>est résolu depuis le parent mais le chemin n’a pas de {%1}</translation>
    </message>
    <message>
        <source>{resources.%1} names no field of &quot;%1&quot; (write {resources.%1.id})</source>
        <translation>{resources.%1} ne nomme aucun champ de &quot;%1&quot; (écrivez {resources.%1.id})</translation>
    </message>
    <message>
        <source>takes values from several resources (%1); a resource has one parent</source>
        <translation>prend des valeurs de plusieurs ressources (%1) ; une ressource a un seul parent</translation>
    </message>
    <message>
        <source>a resource cannot be its own parent</source>
        <translation>une ressource ne peut pas être son propre parent</translation>
    </message>
    <message>
        <source>there is no resource named &quot;%1&quot;</source>
        <translation>il n’y a pas de ressource nommée &quot;%1&quot;</translation>
    </message>
    <message>
        <source>needs a parent resource, and &quot;%1&quot; has none</source>
        <translation>a besoin d’une ressource parente, et &quot;%1&quot; n’en a pas</translation>
    </message>
    <message>
        <source>resources depend on each other in a circle: %1</source>
        <translation>des ressources dépendent les unes des autres en cercle : %1</translation>
    </message>
    <message>
        <source>{%1}: secrets go only into headers and auth, never into an address or a body</source>
        <translation>{%1} : les secrets ne vont que dans les en-têtes et l’authentification, jamais dans une adresse ou un corps</translation>
    </message>
    <message>
        <source>an endpoint has one incremental: this one and the &quot;incremental&quot; section cannot both be used</source>
        <translation>un point d’accès a un seul incrémental : celui-ci et la section &quot;incremental&quot; ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>the param form takes no end_value; use the &quot;incremental&quot; section for a range</source>
        <translation>la forme paramètre ne prend pas d’end_value ; utilisez la section &quot;incremental&quot; pour un intervalle</translation>
    </message>
    <message>
        <source>form bodies are not supported yet; send the body as &quot;json&quot;</source>
        <translation>les corps de formulaire ne sont pas encore pris en charge ; envoyez le corps en &quot;json&quot;</translation>
    </message>
    <message>
        <source>is on %1, not on the origin of base_url (%2); credentials and headers go only to base_url&apos;s origin, unless the resource has an &quot;auth&quot; of its own for that host</source>
        <translation>se trouve sur %1, pas sur l’origine de base_url (%2) ; les identifiants et les en-têtes ne vont qu’à l’origine de base_url, sauf si la ressource a son propre &quot;auth&quot; pour cet hôte</translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation>doit valoir au plus %1</translation>
    </message>
    <message>
        <source>postgres needs its server: {&quot;type&quot;: &quot;postgres&quot;, &quot;credentials&quot;: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;}</source>
        <translation>postgres a besoin de son serveur : {&quot;type&quot;: &quot;postgres&quot;, &quot;credentials&quot;: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;}</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination Grantline loads into (sqlite, postgres)</source>
        <translation>&quot;%1&quot; n’est pas une destination dans laquelle Grantline charge (sqlite, postgres)</translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>%1 Sign in again to go on.</source>
        <translation>%1 Reconnectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Refreshed: the new access token %1.</source>
        <translation>Actualisé : le nouveau jeton d’accès %1.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation>La connexion &quot;%1&quot; n’existe plus.</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Déconnecté de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Revoked: &quot;%1&quot; has no tokens left; sign in again to use it.</source>
        <translation>Révoqué : &quot;%1&quot; n’a plus aucun jeton ; reconnectez-vous pour l’utiliser.</translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation>Révoqué.</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation>Le fournisseur de &quot;%1&quot; n’a pas de point de terminaison d’introspection.</translation>
    </message>
    <message>
        <source>There is no token to ask about.</source>
        <translation>Il n’y a aucun jeton à examiner.</translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation>Le fournisseur indique que le jeton est actif.</translation>
    </message>
    <message>
        <source>The provider says the token is not active (expired, revoked or unknown).</source>
        <translation>Le fournisseur indique que le jeton n’est pas actif (expiré, révoqué ou inconnu).</translation>
    </message>
    <message>
        <source>The provider publishes no signing keys (JWKS), so the signature cannot be checked here.</source>
        <translation>Le fournisseur ne publie aucune clé de signature (JWKS) ; la signature ne peut donc pas être vérifiée ici.</translation>
    </message>
    <message>
        <source>Another action on &quot;%1&quot; is still running; try again when it has finished.</source>
        <translation>Une autre action sur &quot;%1&quot; est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The keychain did not answer for &quot;%1&quot;.</source>
        <translation>Le trousseau n’a pas répondu pour &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>ConnectionAuth</name>
    <message>
        <source>Sign-in of connection &quot;%1&quot;</source>
        <translation>Connexion de &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>usage: connection add|list|show NAME|remove NAME</source>
        <translation>utilisation : connection add|list|show NAME|remove NAME</translation>
    </message>
    <message>
        <source>--client-type must be public, confidential or server.</source>
        <translation>--client-type doit être public, confidential ou server.</translation>
    </message>
    <message>
        <source>--token-auth must be basic, post or none.</source>
        <translation>--token-auth doit être basic, post ou none.</translation>
    </message>
    <message>
        <source>--grant refresh_token is not a way to sign in: choose authorization_code, client_credentials or the provider&apos;s own grant type.</source>
        <translation>--grant refresh_token n’est pas une manière de se connecter : choisissez authorization_code, client_credentials ou le type d’octroi propre au fournisseur.</translation>
    </message>
    <message>
        <source>--token-param wants name=value, not &quot;%1&quot;.</source>
        <translation>--token-param attend nom=valeur, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>a manual provider needs at least --token-url.</source>
        <translation>un fournisseur manuel a besoin au moins de --token-url.</translation>
    </message>
    <message>
        <source>--provider %1 needs --issuer URL.</source>
        <translation>--provider %1 a besoin de --issuer URL.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>usage: connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [options]</source>
        <translation>utilisation : connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [options]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; n’est pas un nom valide : utilisez des lettres, des chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot;.</translation>
    </message>
    <message>
        <source>--provider must be aps, oidc, manual or sandbox.</source>
        <translation>--provider doit être aps, oidc, manual ou sandbox.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>this app type needs its client secret: pass --client-secret-stdin and type it (or pipe it) on standard input.</source>
        <translation>ce type d’application a besoin de son secret client : passez --client-secret-stdin et saisissez-le (ou redirigez-le) sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Connexion &quot;%1&quot; enregistrée.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; removed, with its keychain entry.</source>
        <translation>Connexion &quot;%1&quot; supprimée, avec son entrée de trousseau.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de connexion nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>le secret client</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Jeton</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>%1 · app %2 · %3</source>
        <translation>%1 · application %2 · %3</translation>
    </message>
</context>
<context>
    <name>ConnectionRegistry</name>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation>La connexion &quot;%1&quot; n’existe plus.</translation>
    </message>
    <message>
        <source>an action on it is still running; try again when it has finished.</source>
        <translation>une action est encore en cours sur elle ; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>ConnectionSaveJob</name>
    <message>
        <source>saving the connection &quot;%1&quot;</source>
        <translation>l’enregistrement de la connexion &quot;%1&quot;</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already; nothing was changed. Choose another name.</source>
        <translation>Une connexion nommée &quot;%1&quot; existe déjà ; rien n’a été modifié. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1 Nothing was saved; sign in again once the keychain works.</source>
        <translation>Les jetons n’ont pas pu être enregistrés dans le trousseau : %1 Rien n’a été enregistré ; reconnectez-vous une fois le trousseau opérationnel.</translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 Nothing was kept.</source>
        <translation>La connexion n’a pas pu être enregistrée : %1 Rien n’a été conservé.</translation>
    </message>
</context>
<context>
    <name>ConnectionSecretsReadJob</name>
    <message>
        <source>Reading the keychain entry of &quot;%1&quot;</source>
        <translation>Lecture de l’entrée du trousseau de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The keychain entry of &quot;%1&quot; was not written by this Grantline; sign in again to replace it.</source>
        <translation>L’entrée du trousseau de &quot;%1&quot; n’a pas été écrite par ce Grantline ; reconnectez-vous pour la remplacer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in.</source>
        <translation>&quot;%1&quot; n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid connection name.</source>
        <translation>&quot;%1&quot; n’est pas un nom de connexion valide.</translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de connexion nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The connection file %1 cannot be read: %2.</source>
        <translation>Le fichier de connexion %1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid connection name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; n’est pas un nom de connexion valide : utilisez des lettres, des chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
</context>
<context>
    <name>CredentialSet</name>
    <message>
        <source>The secret &quot;%1&quot; for the %2 auth was not found.</source>
        <translation>Le secret &quot;%1&quot; de l’authentification %2 est introuvable.</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used here.</source>
        <translation>La connexion &quot;%1&quot; ne peut pas être utilisée ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type Grantline knows.</source>
        <translation>&quot;%1&quot; n’est pas un type d’authentification que Grantline connaît.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your app&apos;s credentials</source>
        <translation>Les identifiants de votre application</translation>
    </message>
    <message>
        <source>Copy them from the app&apos;s settings in the provider&apos;s portal.</source>
        <translation>Copiez-les depuis les paramètres de l’application sur le portail du fournisseur.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>The client ID shown in the app&apos;s settings at the provider</source>
        <translation>L’ID client affiché dans les paramètres de l’application chez le fournisseur</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>Kept in your system keychain only, never in a file</source>
        <translation>Conservé uniquement dans le trousseau de votre système, jamais dans un fichier</translation>
    </message>
    <message>
        <source>Send the secret &amp;as:</source>
        <translation>&amp;Transmission du secret :</translation>
    </message>
    <message>
        <source>How the token request proves it comes from your app; most providers take either</source>
        <translation>Comment la demande de jeton prouve qu’elle vient de votre application ; la plupart des fournisseurs acceptent les deux</translation>
    </message>
    <message>
        <source>HTTP Basic authentication (client_secret_basic)</source>
        <translation>Authentification HTTP Basic (client_secret_basic)</translation>
    </message>
    <message>
        <source>Form fields (client_secret_post)</source>
        <translation>Champs de formulaire (client_secret_post)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after unlocking it</source>
        <translation>Interroger à nouveau le trousseau, par exemple après l’avoir déverrouillé</translation>
    </message>
    <message>
        <source>Show the secret while you check it</source>
        <translation>Afficher le secret pendant que vous le vérifiez</translation>
    </message>
    <message>
        <source>Paste the client ID from the app&apos;s settings at the provider.</source>
        <translation>Collez l’ID client depuis les paramètres de l’application chez le fournisseur.</translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check what was copied.</source>
        <translation>Un ID client ne contient ni espaces ni sauts de ligne ; vérifiez ce qui a été copié.</translation>
    </message>
    <message>
        <source>This type of app has a client secret: paste it from the portal.</source>
        <translation>Ce type d’application a un secret client : collez-le depuis le portail.</translation>
    </message>
    <message>
        <source>The secret starts or ends with a space, which was probably copied by mistake.</source>
        <translation>Le secret commence ou se termine par une espace, probablement copiée par erreur.</translation>
    </message>
    <message>
        <source>Checking that your keychain can keep the tokens…</source>
        <translation>Vérification que votre trousseau peut conserver les jetons…</translation>
    </message>
    <message>
        <source>Your keychain is ready: %1</source>
        <translation>Votre trousseau est prêt : %1</translation>
    </message>
    <message>
        <source>%1 Unlock it (your desktop&apos;s Passwords and Keys app does that), then click Check again.</source>
        <translation>%1 Déverrouillez-le (avec l’application Mots de passe et clés de votre bureau), puis cliquez sur Vérifier à nouveau.</translation>
    </message>
    <message>
        <source>%1 Grantline keeps secrets only in a keychain: start one (on Linux, gnome-keyring or KeePassXC&apos;s Secret Service), then click Check again.</source>
        <translation>%1 Grantline ne conserve les secrets que dans un trousseau : démarrez-en un (sous Linux, gnome-keyring ou le Secret Service de KeePassXC), puis cliquez sur Vérifier à nouveau.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&amp;Rows</source>
        <translation>&amp;Lignes</translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation>S&amp;QL</translation>
    </message>
    <message>
        <source>Loads and S&amp;tate</source>
        <translation>Chargements et é&amp;tat</translation>
    </message>
    <message>
        <source>Pl&amp;ot</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <source>Views of the data</source>
        <translation>Vues des données</translation>
    </message>
    <message>
        <source>Tables of the dataset</source>
        <translation>Tables du jeu de données</translation>
    </message>
    <message>
        <source>Dataset notice</source>
        <translation>Avis sur le jeu de données</translation>
    </message>
    <message>
        <source>No data to show.</source>
        <translation>Aucune donnée à afficher.</translation>
    </message>
    <message>
        <source>No data yet: %1 does not exist. Run the pipeline to load data into it; it shows here as soon as the first load commits.</source>
        <translation>Pas encore de données : %1 n’existe pas. Exécutez le pipeline pour y charger des données ; elles s’affichent ici dès que le premier chargement est validé.</translation>
    </message>
    <message>
        <source>the result of the SQL console</source>
        <translation>le résultat de la console SQL</translation>
    </message>
    <message>
        <source>This pipeline loads into the schema %1 of %2, not into a file, so its data is not shown here. Open it with PostgreSQL&apos;s own tools, for example:

psql &quot;%3&quot;
SET search_path TO &quot;%1&quot;;</source>
        <translation>Ce pipeline charge dans le schéma %1 de %2, pas dans un fichier : ses données ne sont donc pas affichées ici. Ouvrez-les avec les outils de PostgreSQL, par exemple :

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
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation>Base de données %1</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Why the destination cannot be saved yet</source>
        <translation>Pourquoi la destination ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <source>Save the destination</source>
        <translation>Enregistrer la destination</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 ne garde les secrets que jusqu’à la fermeture de Grantline ; le pipeline ne pourrait plus s’exécuter ensuite. Rendez d’abord le trousseau disponible.</translation>
    </message>
    <message>
        <source>Change the destination</source>
        <translation>Changer la destination</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>The destination was changed, but the password was not stored: %1</source>
        <translation>La destination a été changée, mais le mot de passe n’a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <source>Test C&amp;onnection</source>
        <translation>Tester &amp;la connexion</translation>
    </message>
    <message>
        <source>Where the data goes</source>
        <translation>Où vont les données</translation>
    </message>
    <message>
        <source>A SQLite file on this computer</source>
        <translation>Un fichier SQLite sur cet ordinateur</translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation>Un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file the data goes to</source>
        <translation>Fichier SQLite qui reçoit les données</translation>
    </message>
    <message>
        <source>PostgreSQL server URL, without the password</source>
        <translation>URL du serveur PostgreSQL, sans le mot de passe</translation>
    </message>
    <message>
        <source>Dataset, the schema the tables go into</source>
        <translation>Jeu de données, le schéma qui reçoit les tables</translation>
    </message>
    <message>
        <source>Password of the PostgreSQL user</source>
        <translation>Mot de passe de l’utilisateur PostgreSQL</translation>
    </message>
    <message>
        <source>Test the connection to the PostgreSQL server</source>
        <translation>Tester la connexion au serveur PostgreSQL</translation>
    </message>
    <message>
        <source>What the connection test found</source>
        <translation>Ce que le test de connexion a trouvé</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation>Choisir le fichier SQLite</translation>
    </message>
    <message>
        <source>Data &amp;goes to:</source>
        <translation>Stoc&amp;kage des données :</translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation>&amp;Fichier SQLite :</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>URL du ser&amp;veur :</translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation>Jeu de données (sc&amp;héma) :</translation>
    </message>
    <message>
        <source>Password for t&amp;he server:</source>
        <translation>Mot de passe Post&amp;greSQL :</translation>
    </message>
    <message>
        <source>kept in the keychain as secret/%1; empty for none</source>
        <translation>gardé dans le trousseau sous secret/%1 ; vide pour aucun</translation>
    </message>
    <message>
        <source>stored in the keychain as secret/%1; type to replace it</source>
        <translation>enregistré dans le trousseau sous secret/%1 ; tapez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Type the server&apos;s URL: postgresql://USER@HOST:5432/DATABASE.</source>
        <translation>Tapez l’URL du serveur : postgresql://USER@HOST:5432/DATABASE.</translation>
    </message>
    <message>
        <source>The server&apos;s URL %1.</source>
        <translation>L’URL du serveur : %1.</translation>
    </message>
    <message>
        <source>Choose the SQLite file the data goes to.</source>
        <translation>Choisissez le fichier SQLite qui reçoit les données.</translation>
    </message>
    <message>
        <source>Type the dataset: the schema on the server the tables go into.</source>
        <translation>Tapez le jeu de données : le schéma du serveur qui reçoit les tables.</translation>
    </message>
    <message>
        <source>SQLite file of the pipeline</source>
        <translation>Fichier SQLite du pipeline</translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation>Fichiers SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The tables go into the schema %1, dlt&apos;s name for this dataset.</source>
        <translation>Les tables vont dans le schéma %1, le nom que dlt donne à ce jeu de données.</translation>
    </message>
</context>
<context>
    <name>DetectedWriter</name>
    <message>
        <source>Use what Test request detected for %1</source>
        <translation>Utiliser ce que le test de requête a détecté pour %1</translation>
    </message>
    <message>
        <source>Use the detected paginator of %1</source>
        <translation>Utiliser le paginateur détecté de %1</translation>
    </message>
</context>
<context>
    <name>DiscoveryJob</name>
    <message>
        <source>Looking up the provider %1</source>
        <translation>Recherche du fournisseur %1</translation>
    </message>
    <message>
        <source>No provider metadata was found for %1 (%2). Check the issuer URL, or enter the endpoints by hand.</source>
        <translation>Aucune métadonnée de fournisseur n’a été trouvée pour %1 (%2). Vérifiez l’URL de l’émetteur, ou saisissez les points d’accès à la main.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1 : pas un objet JSON</translation>
    </message>
    <message>
        <source>The provider does not say whether it supports PKCE; Grantline sends it anyway. If sign-in fails, the provider may not support it.</source>
        <translation>Le fournisseur n’indique pas s’il prend en charge PKCE ; Grantline l’envoie quand même. Si la connexion échoue, le fournisseur ne le prend peut-être pas en charge.</translation>
    </message>
</context>
<context>
    <name>DispositionForm</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>&amp;Write disposition:</source>
        <translation>Mode d’é&amp;criture :</translation>
    </message>
    <message>
        <source>Merge strate&amp;gy:</source>
        <translation>Stratégie de fusi&amp;on :</translation>
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
        <translation>Le %1 de %2 va dans le trousseau sous &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 of %2 goes to the keychain as &quot;%3&quot;.</source>
        <translation>%1 de %2 va dans le trousseau sous &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>DltExport</name>
    <message>
        <source>Fix the pipeline first; dlt would not run it either: %1</source>
        <translation>Corrigez d’abord le pipeline ; dlt ne l’exécuterait pas non plus : %1</translation>
    </message>
    <message>
        <source>Export as dlt script</source>
        <translation>Exporter en script dlt</translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation>Scripts Python (*.py)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>The dlt script is in %1.</source>
        <translation>Le script dlt se trouve dans %1.</translation>
    </message>
</context>
<context>
    <name>DltImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 n’est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 holds secrets, and %2 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 contient des secrets, et %2 ne les garde que jusqu’à la fermeture de Grantline ; le pipeline ne pourrait plus s’exécuter ensuite. Rendez d’abord le trousseau disponible.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>The connection is saved and its tokens are in your keychain.</source>
        <translation>La connexion est enregistrée et ses jetons sont dans votre trousseau.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is signed in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; est connecté en tant que &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation>un compte sans nom</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; has a token for the app itself.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; dispose d’un jeton pour l’application elle-même.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The access token %1.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Le jeton d’accès %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no refresh token: when the access token expires, sign in again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il n’y a pas de jeton d’actualisation : quand le jeton d’accès expirera, reconnectez-vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Grantline refreshes the access token by itself while the refresh token lasts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Grantline actualise le jeton d’accès de lui-même tant que le jeton d’actualisation reste valide.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: look at the token in the connection&apos;s &lt;b&gt;Token&lt;/b&gt; tab, or use the connection from grantline-cli as &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ensuite : examinez le jeton dans l’onglet &lt;b&gt;Jeton&lt;/b&gt; de la connexion, ou utilisez la connexion depuis grantline-cli sous le nom &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>EditConnectionDialog</name>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>&amp;Secret client :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Type a new secret to replace the one in the keychain; leave empty to keep it</source>
        <translation>Saisissez un nouveau secret pour remplacer celui du trousseau ; laissez vide pour le conserver</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;rappel :</translation>
    </message>
    <message>
        <source>any free port on 127.0.0.1</source>
        <translation>n’importe quel port libre sur 127.0.0.1</translation>
    </message>
    <message>
        <source>Exactly as registered at the provider, port included</source>
        <translation>Exactement comme enregistrée chez le fournisseur, port compris</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation>Séparées par des espaces</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>The client ID cannot be empty.</source>
        <translation>L’ID client ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The changes apply at the next sign-in.</source>
        <translation>Les modifications s’appliquent à la prochaine connexion.</translation>
    </message>
    <message>
        <source>Another action on this connection is still running; save again when it has finished.</source>
        <translation>Une autre action sur cette connexion est en cours ; enregistrez à nouveau quand elle sera terminée.</translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain, so nothing was changed: %1</source>
        <translation>Le secret n’a pas pu être enregistré dans le trousseau, rien n’a donc été modifié : %1</translation>
    </message>
</context>
<context>
    <name>EditorField</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
</context>
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
    <name>EndpointEditor</name>
    <message>
        <source>Endpoint %1</source>
        <translation>Point d’accès %1</translation>
    </message>
    <message>
        <source>Resource defaults</source>
        <translation>Valeurs par défaut des ressources</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Parts of the endpoint</source>
        <translation>Parties du point d’accès</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Client</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <source>H&amp;eaders:</source>
        <translation>&amp;En-têtes :</translation>
    </message>
    <message>
        <source>A&amp;uth:</source>
        <translation>A&amp;uthentification :</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Requête</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation>C&amp;hemin :</translation>
    </message>
    <message>
        <source>P&amp;arams:</source>
        <translation>P&amp;aramètres :</translation>
    </message>
    <message>
        <source>&amp;JSON body:</source>
        <translation>Corps &amp;JSON :</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <source>&amp;Data selector:</source>
        <translation>Sélecteur de &amp;données :</translation>
    </message>
    <message>
        <source>Response a&amp;ctions:</source>
        <translation>A&amp;ctions sur réponse :</translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation>&amp;Incrémental</translation>
    </message>
    <message>
        <source>C&amp;ursor path:</source>
        <translation>Chemin du c&amp;urseur :</translation>
    </message>
    <message>
        <source>Initial &amp;value:</source>
        <translation>&amp;Valeur initiale :</translation>
    </message>
    <message>
        <source>&amp;End value:</source>
        <translation>Valeur de &amp;fin :</translation>
    </message>
    <message>
        <source>Start para&amp;m:</source>
        <translation>Paramètre de débu&amp;t :</translation>
    </message>
    <message>
        <source>E&amp;nd param:</source>
        <translation>Paramètre de fi&amp;n :</translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation>Ta&amp;ble</translation>
    </message>
    <message>
        <source>&amp;Table name:</source>
        <translation>Nom de la &amp;table :</translation>
    </message>
    <message>
        <source>Primary &amp;key:</source>
        <translation>Clé pri&amp;maire :</translation>
    </message>
    <message>
        <source>Merge ke&amp;y:</source>
        <translation>Clé de f&amp;usion :</translation>
    </message>
    <message>
        <source>Max table &amp;nesting:</source>
        <translation>Imbrication ma&amp;x. des tables :</translation>
    </message>
    <message>
        <source>Include &amp;from parent:</source>
        <translation>Reprendre du par&amp;ent :</translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation>Co&amp;lonnes :</translation>
    </message>
    <message>
        <source>Problem of the change</source>
        <translation>Problème de la modification</translation>
    </message>
    <message>
        <source>Store &amp;Secret…</source>
        <translation>Enregistrer un &amp;secret…</translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation>Enregistrer un secret</translation>
    </message>
    <message>
        <source>Store a value in the keychain and write {secrets.NAME} at the cursor of the headers or auth field</source>
        <translation>Enregistrer une valeur dans le trousseau et écrire {secrets.NAME} au curseur du champ des en-têtes ou de l’authentification</translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Appliquer les modifications</translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation>de resource_defaults</translation>
    </message>
    <message>
        <source>from client</source>
        <translation>du client</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Modifier le point d’accès %1</translation>
    </message>
    <message>
        <source>Edit resource defaults</source>
        <translation>Modifier les valeurs par défaut des ressources</translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation>Modifier le client</translation>
    </message>
    <message>
        <source>Last value &amp;function:</source>
        <translation>Fonction de &amp;dernière valeur :</translation>
    </message>
    <message>
        <source>R&amp;ow order:</source>
        <translation>&amp;Ordre des lignes :</translation>
    </message>
    <message>
        <source>&amp;Lag:</source>
        <translation>Déca&amp;lage :</translation>
    </message>
    <message>
        <source>If the cursor is missin&amp;g:</source>
        <translation>Si le curseur &amp;manque :</translation>
    </message>
    <message>
        <source>Range st&amp;art:</source>
        <translation>Début de pla&amp;ge :</translation>
    </message>
    <message>
        <source>Range en&amp;d:</source>
        <translation>Fin de plag&amp;e :</translation>
    </message>
    <message>
        <source>Se&amp;lected:</source>
        <translation>Sélectio&amp;nnée :</translation>
    </message>
    <message>
        <source>P&amp;arallelized:</source>
        <translation>Par&amp;allélisée :</translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation>Re&amp;quêtes simultanées :</translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation>Requêtes par &amp;minute :</translation>
    </message>
    <message>
        <source>Grantline&apos;s default</source>
        <translation>valeur par défaut de Grantline</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
</context>
<context>
    <name>EndpointSelection</name>
    <message>
        <source>Cannot remember the ticked endpoints in %1: %2</source>
        <translation>Impossible de retenir les points d’accès cochés dans %1 : %2</translation>
    </message>
    <message>
        <source>the pipeline has no file yet</source>
        <translation>le pipeline n’a pas encore de fichier</translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>from client</source>
        <translation>du client</translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation>de resource_defaults</translation>
    </message>
    <message>
        <source>Run</source>
        <comment>column header: ticked for the next run</comment>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Data selector</source>
        <translation>Sélecteur de données</translation>
    </message>
    <message>
        <source>Paginator</source>
        <translation>Pagination</translation>
    </message>
    <message>
        <source>Write disposition</source>
        <translation>Mode d’écriture</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Clé primaire</translation>
    </message>
    <message>
        <source>Incremental cursor</source>
        <translation>Curseur incrémental</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Last run rows</source>
        <translation>Lignes du dernier chargement</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernier chargement</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
    </message>
    <message>
        <source>Tick endpoints</source>
        <translation>Cocher des points d’accès</translation>
    </message>
    <message>
        <source>Untick endpoints</source>
        <translation>Décocher des points d’accès</translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation>Ajouter le point d’accès %1</translation>
    </message>
    <message>
        <source>Duplicate endpoint %1</source>
        <translation>Dupliquer le point d’accès %1</translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation>Supprimer le point d’accès %1</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n endpoints</source>
        <translation>
            <numerusform>Supprimer %n point d’accès</numerusform>
            <numerusform>Supprimer %n points d’accès</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsTab</name>
    <message numerus="yes">
        <source>Remove %n endpoint(s)</source>
        <translation>
            <numerusform>Supprimer %n point d’accès</numerusform>
            <numerusform>Supprimer %n points d’accès</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter endpoints by name (Ctrl+F)</source>
        <translation>Filtrer les points d’accès par nom (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter endpoints by name</source>
        <translation>Filtrer les points d’accès par nom</translation>
    </message>
    <message>
        <source>Endpoints of the pipeline</source>
        <translation>Points d’accès du pipeline</translation>
    </message>
</context>
<context>
    <name>ExtractJob</name>
    <message>
        <source>Extracting %1</source>
        <translation>Extraction de %1</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: the paginator asked for %2 a second time; stopped there to avoid a loop. Check the paginator settings.</source>
        <translation>Ressource &quot;%1&quot; : le paginateur a demandé %2 une seconde fois ; arrêt pour éviter une boucle. Vérifiez les réglages du paginateur.</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON.</source>
        <translation>La réponse de %1 n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>the data_selector &quot;%1&quot; matches nothing in the answer from %2 (it has: %3).</source>
        <translation>le data_selector &quot;%1&quot; ne trouve rien dans la réponse de %2 (elle a : %3).</translation>
    </message>
    <message>
        <source> (a page titled &quot;%1&quot;)</source>
        <translation> (une page intitulée « %1 »)</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page%2 instead of JSON.</source>
        <translation>%1 a répondu par une page HTML%2 au lieu de JSON.</translation>
    </message>
    <message numerus="yes">
        <source>the limit of %n record(s) is reached</source>
        <translation>
            <numerusform>la limite de %n enregistrement est atteinte</numerusform>
            <numerusform>la limite de %n enregistrements est atteinte</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing newer than the incremental cursor</source>
        <translation>rien de plus récent que le curseur incrémental</translation>
    </message>
    <message>
        <source>the %1 paginator finds no next page</source>
        <translation>le paginateur %1 ne trouve pas de page suivante</translation>
    </message>
</context>
<context>
    <name>ExtractStats</name>
    <message>
        <source>Resource &quot;%1&quot;: page %2 of %3</source>
        <translation>Ressource &quot;%1&quot; : page %2 sur %3</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: page %2</source>
        <translation>Ressource &quot;%1&quot; : page %2</translation>
    </message>
</context>
<context>
    <name>ExtractionPlan</name>
    <message>
        <source>The pipeline has no resource &quot;%1&quot; (it has: %2).</source>
        <translation>Le pipeline n’a pas de ressource &quot;%1&quot; (il a : %2).</translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The secret %1 is neither in the keychain nor in the environment, so nothing was requested. Store it, and the run starts again.</source>
        <translation>Le secret %1 n’est ni dans le trousseau ni dans l’environnement : rien n’a été demandé. Enregistrez-le, et l’exécution recommence.</translation>
    </message>
    <message>
        <source>Another program is writing to %1 and holds its lock. Close the file there (a database browser, another run), then run again.</source>
        <translation>Un autre programme écrit dans %1 et en détient le verrou. Fermez-y le fichier (un navigateur de base de données, une autre exécution), puis exécutez à nouveau.</translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is probably full. Nothing of this run was kept. Free some space, then run again.</source>
        <translation>%1 n’a pas pu être écrit : le disque est probablement plein. Rien de cette exécution n’a été gardé. Libérez de l’espace, puis exécutez à nouveau.</translation>
    </message>
    <message>
        <source>%1 is read-only for you: nothing can be loaded into it. Change its permissions, or choose another file in the pipeline.</source>
        <translation>%1 est en lecture seule pour vous : rien ne peut y être chargé. Changez ses permissions, ou choisissez un autre fichier dans le pipeline.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database Grantline can use. Choose another file in the pipeline.</source>
        <translation>%1 n’est pas une base SQLite que Grantline peut utiliser. Choisissez un autre fichier dans le pipeline.</translation>
    </message>
    <message>
        <source>The credentials could not be obtained or renewed: check the client&apos;s auth settings and secrets.</source>
        <translation>Les identifiants n’ont pas pu être obtenus ni renouvelés : vérifiez les réglages d’authentification du client et ses secrets.</translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired or was revoked: the provider no longer renews its tokens. Sign in again, and the run starts again.</source>
        <translation>La connexion à %1 a expiré ou a été révoquée : le fournisseur ne renouvelle plus ses jetons. Reconnectez-vous, et l’exécution recommence.</translation>
    </message>
    <message>
        <source>The API refused the sign-in to %1 for &quot;%2&quot; (401), even after renewing it. Sign in again, and the run starts again.</source>
        <translation>L’API a refusé la connexion à %1 pour « %2 » (401), même après son renouvellement. Reconnectez-vous, et l’exécution recommence.</translation>
    </message>
    <message>
        <source>The API refused the credentials for &quot;%1&quot; (401): the secret %2 may be wrong or expired. Store its current value, and the run starts again.</source>
        <translation>L’API a refusé les identifiants pour « %1 » (401) : le secret %2 est peut-être faux ou expiré. Enregistrez sa valeur actuelle, et l’exécution recommence.</translation>
    </message>
    <message>
        <source>The API refused &quot;%1&quot; without credentials (401): the endpoint needs an auth.</source>
        <translation>L’API a refusé « %1 » sans identifiants (401) : le point d’accès a besoin d’une authentification.</translation>
    </message>
    <message>
        <source>The API does not let these credentials read &quot;%1&quot; (403 Forbidden): a scope or a permission is missing.</source>
        <translation>L’API ne laisse pas ces identifiants lire « %1 » (403 Forbidden) : il manque un scope ou une permission.</translation>
    </message>
    <message>
        <source>It asks for the scope %1.</source>
        <translation>Elle demande le scope %1.</translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation>Elle dit : %1</translation>
    </message>
    <message>
        <source>The connection %1 asks for: %2. Add what is missing, then sign in again.</source>
        <translation>La connexion %1 demande : %2. Ajoutez ce qui manque, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>no scope</source>
        <translation>aucun scope</translation>
    </message>
    <message>
        <source>Check what the key or token may read at the provider.</source>
        <translation>Vérifiez chez le fournisseur ce que la clé ou le jeton peut lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 for the %3 record with %4 (404 Not Found): that record may have been deleted, or the path is wrong. To skip such records, add the response action {&quot;status_code&quot;: 404, &quot;action&quot;: &quot;ignore&quot;} to the endpoint.</source>
        <translation>« %1 » n’a rien à %2 pour l’enregistrement %3 avec %4 (404 Not Found) : cet enregistrement a peut-être été supprimé, ou le chemin est faux. Pour sauter de tels enregistrements, ajoutez l’action de réponse {&quot;status_code&quot;: 404, &quot;action&quot;: &quot;ignore&quot;} au point d’accès.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 (404 Not Found): check the endpoint&apos;s path and the base URL.</source>
        <translation>« %1 » n’a rien à %2 (404 Not Found) : vérifiez le chemin du point d’accès et l’URL de base.</translation>
    </message>
    <message numerus="yes">
        <source>The API kept answering 429 Too Many Requests for &quot;%1&quot;, %n time(s) in a row, which is all the retries allow.</source>
        <translation>
            <numerusform>L’API a répondu 429 Too Many Requests pour « %1 », %n fois de suite, soit toutes les tentatives permises.</numerusform>
            <numerusform>L’API a répondu 429 Too Many Requests pour « %1 », %n fois de suite, soit toutes les tentatives permises.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It asked to wait %n second(s); Run Again is ready after that.</source>
        <translation>
            <numerusform>Elle a demandé d’attendre %n seconde ; Exécuter à nouveau sera prêt ensuite.</numerusform>
            <numerusform>Elle a demandé d’attendre %n secondes ; Exécuter à nouveau sera prêt ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a little, then run again.</source>
        <translation>Attendez un peu, puis exécutez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>The API failed on its side for &quot;%1&quot; (HTTP %2), %n time(s) in a row. Nothing of this run was kept; run again later.</source>
        <translation>
            <numerusform>L’API a échoué de son côté pour « %1 » (HTTP %2), %n fois de suite. Rien de cette exécution n’a été gardé ; exécutez à nouveau plus tard.</numerusform>
            <numerusform>L’API a échoué de son côté pour « %1 » (HTTP %2), %n fois de suite. Rien de cette exécution n’a été gardé ; exécutez à nouveau plus tard.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came for &quot;%1&quot; (%n attempt(s)): check the network connection and the base URL, then run again.</source>
        <translation>
            <numerusform>Aucune réponse pour « %1 » (%n tentative) : vérifiez la connexion réseau et l’URL de base, puis exécutez à nouveau.</numerusform>
            <numerusform>Aucune réponse pour « %1 » (%n tentatives) : vérifiez la connexion réseau et l’URL de base, puis exécutez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of JSON: often a sign-in page, or a path or base URL that leads to the website rather than the API. Check the endpoint.</source>
        <translation>« %1 » a répondu par une page web au lieu de JSON : souvent une page de connexion, ou un chemin ou une URL de base qui mène au site plutôt qu’à l’API. Vérifiez le point d’accès.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with JSON that is cut off or malformed: the API or the network broke the answer. Run again; if it stays, the API is at fault.</source>
        <translation>« %1 » a répondu par du JSON tronqué ou mal formé : l’API ou le réseau a cassé la réponse. Exécutez à nouveau ; si cela persiste, l’API est en faute.</translation>
    </message>
    <message>
        <source>Grantline stopped a request of &quot;%1&quot; that was not safe to send; the credentials went nowhere else.</source>
        <translation>Grantline a arrêté une requête de « %1 » qu’il n’était pas sûr d’envoyer ; les identifiants ne sont allés nulle part ailleurs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and what the API answered do not fit together. Check the endpoint.</source>
        <translation>« %1 » et ce que l’API a répondu ne vont pas ensemble. Vérifiez le point d’accès.</translation>
    </message>
    <message>
        <source>The file&apos;s stored state cannot be read. Tick Full refresh and run again to start over.</source>
        <translation>L’état enregistré dans le fichier est illisible. Cochez Actualisation complète et exécutez à nouveau pour repartir de zéro.</translation>
    </message>
    <message>
        <source>The run failed; nothing of it was kept.</source>
        <translation>L’exécution a échoué ; rien n’en a été gardé.</translation>
    </message>
    <message>
        <source>&amp;Store the Secret %1…</source>
        <translation>Enregistrer le &amp;secret %1…</translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation>&amp;Se reconnecter à %1…</translation>
    </message>
    <message>
        <source>Edit the &amp;Scopes of %1…</source>
        <translation>Modifier les &amp;scopes de %1…</translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation>Exécuter à &amp;nouveau</translation>
    </message>
    <message>
        <source>Store the secret %1 in the keychain and run again</source>
        <translation>Enregistrer le secret %1 dans le trousseau et exécuter à nouveau</translation>
    </message>
    <message>
        <source>Sign in to %1 again and run again</source>
        <translation>Se reconnecter à %1 et exécuter à nouveau</translation>
    </message>
    <message>
        <source>Edit the scopes of the connection %1, sign in and run again</source>
        <translation>Modifier les scopes de la connexion %1, se connecter et exécuter à nouveau</translation>
    </message>
    <message>
        <source>Open the editor of the endpoint %1</source>
        <translation>Ouvrir l’éditeur du point d’accès %1</translation>
    </message>
    <message>
        <source>Run the same endpoints again</source>
        <translation>Exécuter à nouveau les mêmes points d’accès</translation>
    </message>
    <message>
        <source>E&amp;dit Endpoint %1…</source>
        <translation>&amp;Modifier le point d’accès %1…</translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or went away during the load. Nothing of this run was kept. Once the server is up, run again.</source>
        <translation>Le serveur PostgreSQL était injoignable ou a disparu pendant le chargement. Rien de cette exécution n’a été gardé. Relancez une fois le serveur disponible.</translation>
    </message>
    <message>
        <source>The PostgreSQL user may not write where the pipeline loads. Grant it the right, or choose another dataset or user in the pipeline.</source>
        <translation>L’utilisateur PostgreSQL n’a pas le droit d’écrire là où le pipeline charge. Accordez-lui ce droit, ou choisissez un autre jeu de données ou utilisateur dans le pipeline.</translation>
    </message>
    <message>
        <source>The PostgreSQL server stopped a statement of the load after its statement_timeout. Nothing of this run was kept. Raise the timeout for the pipeline&apos;s user, then run again.</source>
        <translation>Le serveur PostgreSQL a arrêté une instruction du chargement après son statement_timeout. Rien de cette exécution n’a été gardé. Augmentez ce délai pour l’utilisateur du pipeline, puis relancez.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user, its password or the database. Check them in Destination… (Ctrl+Shift+D), then run again.</source>
        <translation>Le serveur PostgreSQL a refusé l’utilisateur du pipeline, son mot de passe ou la base de données. Vérifiez-les dans Destination… (Ctrl+Maj+D), puis relancez.</translation>
    </message>
    <message>
        <source>The PostgreSQL server had no connection free for the pipeline&apos;s user, or another session held what the load needed. Nothing of this run was kept. Run again in a moment.</source>
        <translation>Le serveur PostgreSQL n’avait pas de connexion libre pour l’utilisateur du pipeline, ou une autre session tenait ce dont le chargement avait besoin. Rien de cette exécution n’a été conservé. Relancez dans un instant.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full. Nothing of this run was kept. Free space on the server, then run again.</source>
        <translation>Le disque du serveur PostgreSQL est plein. Rien de cette exécution n’a été conservé. Libérez de l’espace sur le serveur, puis relancez.</translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user or its password, the secret %1. Store the right password, and the run starts again; or check the server in Destination… (Ctrl+Shift+D).</source>
        <translation>Le serveur PostgreSQL a refusé l’utilisateur du pipeline ou son mot de passe, le secret %1. Enregistrez le bon mot de passe, et l’exécution repart ; ou vérifiez le serveur dans Destination… (Ctrl+Maj+D).</translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <translation>Filtre de la colonne %1</translation>
    </message>
    <message>
        <source>Filter: &gt;5, &lt;=2024-01-01, =x, !=x, a..b, %text%, NULL, !NULL, !x (not), a|b (any of); text alone: contains</source>
        <translation>Filtre : &gt;5, &lt;=2024-01-01, =x, !=x, a..b, %texte%, NULL, !NULL, !x (non), a|b (l’un de) ; texte seul : contient</translation>
    </message>
</context>
<context>
    <name>IncrementalCursor</name>
    <message>
        <source>The cursor path changed from &quot;%1&quot; to &quot;%2&quot;: starting from the initial value again.</source>
        <translation>Le chemin du curseur est passé de &quot;%1&quot; à &quot;%2&quot; : reprise depuis la valeur initiale.</translation>
    </message>
    <message>
        <source>a record has no value at the cursor path &quot;%1&quot; (set on_cursor_value_missing to &quot;include&quot; or &quot;exclude&quot; to accept such records).</source>
        <translation>un enregistrement n’a pas de valeur au chemin du curseur &quot;%1&quot; (réglez on_cursor_value_missing sur &quot;include&quot; ou &quot;exclude&quot; pour accepter de tels enregistrements).</translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; holds %2, which cannot be compared with the start value %3.</source>
        <translation>le curseur &quot;%1&quot; contient %2, qui ne peut pas être comparé à la valeur de départ %3.</translation>
    </message>
    <message>
        <source>%1 records share the newest value of &quot;%2&quot;; each is remembered so the next run does not load it again. A cursor that changes more often (a time with seconds) keeps the state small.</source>
        <translation>%1 enregistrements partagent la valeur la plus récente de &quot;%2&quot; ; chacun est mémorisé pour que la prochaine exécution ne le recharge pas. Un curseur qui change plus souvent (une heure avec secondes) garde l’état petit.</translation>
    </message>
</context>
<context>
    <name>IncrementalCursors</name>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource &quot;%1&quot; : %2</translation>
    </message>
</context>
<context>
    <name>IntrospectionJob</name>
    <message>
        <source>The introspection answer has no &quot;active&quot; field.</source>
        <translation>La réponse d’introspection n’a pas de champ &quot;active&quot;.</translation>
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
    <name>JsonField</name>
    <message>
        <source>%1: not valid JSON</source>
        <translation>%1 : JSON non valide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation>JSON non valide : %1 à la ligne %2, colonne %3</translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON value (%3). Nothing of this import was saved.</source>
        <translation>%1, ligne %2 : pas une valeur JSON (%3). Rien de cet import n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>JsonLinesSink</name>
    <message>
        <source>Could not write the records (is the output closed?).</source>
        <translation>Impossible d’écrire les enregistrements (la sortie est-elle fermée ?).</translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>le texte n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>&quot;%1&quot; is not a JSONPath Grantline understands: %2 at character %3.</source>
        <translation>&quot;%1&quot; n’est pas un JSONPath que Grantline comprend : %2 au caractère %3.</translation>
    </message>
    <message>
        <source>it must start with &quot;$&quot;, a name or &quot;[&quot;</source>
        <translation>il doit commencer par &quot;$&quot;, un nom ou &quot;[&quot;</translation>
    </message>
    <message>
        <source>recursive descent (&quot;..&quot;) is not supported</source>
        <translation>la descente récursive (&quot;..&quot;) n’est pas prise en charge</translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation>il manque un nom</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>&quot;%1&quot; inattendu</translation>
    </message>
    <message>
        <source>&quot;[&quot; is never closed</source>
        <translation>&quot;[&quot; n’est jamais fermé</translation>
    </message>
    <message>
        <source>&quot;[%1]&quot; is neither an index, &apos;*&apos; nor a quoted name</source>
        <translation>&quot;[%1]&quot; n’est ni un indice, ni &apos;*&apos;, ni un nom entre guillemets</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>un nom entre guillemets n’est jamais fermé</translation>
    </message>
</context>
<context>
    <name>JsonSourceTree</name>
    <message>
        <source>text after the end</source>
        <translation>du texte après la fin</translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation>le texte se termine trop tôt</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>caractère inattendu</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a key in quotes was expected</source>
        <translation>une clé entre guillemets était attendue</translation>
    </message>
    <message>
        <source>&quot;:&quot; was expected after the key</source>
        <translation>&quot;:&quot; était attendu après la clé</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation>&quot;,&quot; ou &quot;}&quot; était attendu</translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation>&quot;,&quot; ou &quot;]&quot; était attendu</translation>
    </message>
    <message>
        <source>a value was expected after &quot;,&quot;</source>
        <translation>une valeur était attendue après &quot;,&quot;</translation>
    </message>
    <message>
        <source>a number too large or too small</source>
        <translation>un nombre trop grand ou trop petit</translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation>du texte qui n’est pas de l’UTF-8 valide</translation>
    </message>
    <message>
        <source>an unknown escape after &quot;\&quot;</source>
        <translation>un échappement inconnu après &quot;\&quot;</translation>
    </message>
    <message>
        <source>\u wants four hexadecimal digits</source>
        <translation>\u demande quatre chiffres hexadécimaux</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Le corps n’est pas du JSON valide : %1.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Le corps n’est pas du JSON valide : %1 à la ligne %2, colonne %3.</translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>picked by the JSONPath</source>
        <translation>choisi par le JSONPath</translation>
    </message>
</context>
<context>
    <name>JwtVerifier</name>
    <message>
        <source>This is an encrypted token (JWE); its contents cannot be shown.</source>
        <translation>C’est un jeton chiffré (JWE) ; son contenu ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>This is not a signed JWT (it may be an opaque token).</source>
        <translation>Ce n’est pas un JWT signé (c’est peut-être un jeton opaque).</translation>
    </message>
    <message>
        <source>The token&apos;s algorithm &quot;%1&quot; is not accepted (allowed: %2).</source>
        <translation>L’algorithme du jeton &quot;%1&quot; n’est pas accepté (autorisés : %2).</translation>
    </message>
    <message>
        <source>The token names critical header extensions this verifier does not know, so it must be rejected.</source>
        <translation>Le jeton nomme des extensions d’en-tête critiques que ce vérificateur ne connaît pas : il doit être rejeté.</translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s key: the token was altered or not issued by this provider.</source>
        <translation>La signature ne correspond pas à la clé du fournisseur : le jeton a été modifié ou n’a pas été émis par ce fournisseur.</translation>
    </message>
    <message>
        <source>The provider&apos;s key is shorter than 2048 bits and is not trusted.</source>
        <translation>La clé du fournisseur fait moins de 2048 bits et n’est pas de confiance.</translation>
    </message>
    <message>
        <source>The provider publishes no %1 key with the id &quot;%2&quot;.</source>
        <translation>Le fournisseur ne publie aucune clé %1 d’identifiant &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The token was issued by &quot;%1&quot;, not by &quot;%2&quot;.</source>
        <translation>Le jeton a été émis par &quot;%1&quot;, pas par &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The token is meant for another audience than &quot;%1&quot;.</source>
        <translation>Le jeton est destiné à une autre audience que &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The signature is valid (%1, key &quot;%2&quot;).</source>
        <translation>La signature est valide (%1, clé &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>This is not a readable JWT.</source>
        <translation>Ce n’est pas un JWT lisible.</translation>
    </message>
    <message>
        <source>The claims are valid; the signature was not checked (no key set).</source>
        <translation>Les revendications sont valides ; la signature n’a pas été vérifiée (pas de jeu de clés).</translation>
    </message>
    <message>
        <source>The ID token was issued to another app (azp &quot;%1&quot;).</source>
        <translation>Le jeton d’identité a été émis pour une autre application (azp &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in (its nonce is not the one Grantline sent).</source>
        <translation>Le jeton d’identité n’appartient pas à cette connexion (son nonce n’est pas celui que Grantline a envoyé).</translation>
    </message>
    <message>
        <source>The signature matches none of the provider&apos;s keys: the token was altered or not issued by this provider.</source>
        <translation>La signature ne correspond à aucune clé du fournisseur : le jeton a été modifié ou n’a pas été émis par ce fournisseur.</translation>
    </message>
    <message>
        <source>The ID token has no expiry (&quot;exp&quot;).</source>
        <translation>Le jeton d’identité n’a pas d’expiration (&quot;exp&quot;).</translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation>Le jeton a expiré à %1.</translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation>Le jeton n’est pas valide avant %1.</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim (%2) is not a valid date.</source>
        <translation>La revendication &quot;%1&quot; (%2) n’est pas une date valide.</translation>
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
    <name>KeychainStatusJob</name>
    <message>
        <source>Checking the keychain</source>
        <translation>Vérification du trousseau</translation>
    </message>
    <message>
        <source>The keychain (%1) is available.</source>
        <translation>Le trousseau (%1) est disponible.</translation>
    </message>
</context>
<context>
    <name>LoadCommands</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>--write-disposition is append, replace or merge, not &quot;%1&quot;.</source>
        <translation>--write-disposition vaut append, replace ou merge, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>usage: schema --db FILE [--json]</source>
        <translation>utilisation : schema --db FILE [--json]</translation>
    </message>
    <message>
        <source>%1 holds no dlt schema (no _dlt_version table): nothing was loaded into it yet.</source>
        <translation>%1 ne contient aucun schéma dlt (pas de table _dlt_version) : rien n’y a encore été chargé.</translation>
    </message>
    <message>
        <source>Schema %1, version %2</source>
        <translation>Schéma %1, version %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Run with --full-refresh to start over, or with --db to load into another file.</source>
        <translation>Relancez avec --full-refresh pour tout recommencer, ou avec --db pour charger dans un autre fichier.</translation>
    </message>
    <message>
        <source>usage: import FILE.jsonl (--db FILE | --destination postgresql://…) --table NAME [--dataset NAME] [--primary-key COL]... [--write-disposition append|replace|merge] [--json]</source>
        <translation>utilisation : import FILE.jsonl (--db FILE | --destination postgresql://…) --table NAME [--dataset NAME] [--primary-key COL]... [--write-disposition append|replace|merge] [--json]</translation>
    </message>
    <message>
        <source>--destination %1</source>
        <translation>--destination %1</translation>
    </message>
    <message>
        <source>usage: run PIPELINE.json [--db FILE | --destination postgresql://…] [--resource NAME]... [--full-refresh] [--json] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation>utilisation : run PIPELINE.json [--db FILE | --destination postgresql://…] [--resource NAME]... [--full-refresh] [--json] [--concurrent-requests N] [--requests-per-minute N]</translation>
    </message>
</context>
<context>
    <name>LoadDestination</name>
    <message>
        <source>schema %1 of %2</source>
        <translation>schéma %1 de %2</translation>
    </message>
</context>
<context>
    <name>LoadStatistics</name>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>The pipeline state cannot be read.</source>
        <translation>L’état du pipeline est illisible.</translation>
    </message>
    <message>
        <source>Pipeline %1, state version %2, saved %3</source>
        <translation>Pipeline %1, version d’état %2, enregistrée le %3</translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>line %1: key &quot;%2&quot; appears twice; column &quot;%3&quot; keeps the later value.</source>
        <translation>ligne %1 : la clé &quot;%2&quot; apparaît deux fois ; la colonne &quot;%3&quot; garde la dernière valeur.</translation>
    </message>
    <message>
        <source>line %1: keys &quot;%2&quot; and &quot;%3&quot; both become column &quot;%4&quot;; the later value is kept.</source>
        <translation>ligne %1 : les clés &quot;%2&quot; et &quot;%3&quot; deviennent toutes deux la colonne &quot;%4&quot; ; la dernière valeur est conservée.</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>In %1 more of the records, two keys became one column too; the later values were kept.</source>
        <translation>Autres enregistrements où deux clés sont aussi devenues une seule colonne : %1 ; les dernières valeurs ont été conservées.</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>%1 held only null values; no column was made for it.</source>
        <translation>%1 ne contenait que des valeurs null ; aucune colonne n’a été créée pour lui.</translation>
    </message>
    <message>
        <source>Records held two keys for one column (a key written twice, or keys such as &quot;a&quot; and &quot;A&quot;), %1 in all; the later value was kept.</source>
        <translation>Des enregistrements contenaient deux clés pour une même colonne (une clé écrite deux fois, ou des clés comme &quot;a&quot; et &quot;A&quot;), %1 au total ; la dernière valeur a été conservée.</translation>
    </message>
    <message>
        <source>The schema stored in %1 cannot be read (%2). Load into another file.</source>
        <translation>Le schéma enregistré dans %1 ne peut pas être lu (%2). Chargez dans un autre fichier.</translation>
    </message>
    <message>
        <source>The pipeline state stored in %1 cannot be read. A full refresh starts it over; or load into another file.</source>
        <translation>L’état du pipeline enregistré dans %1 ne peut pas être lu. Une actualisation complète le remet à zéro ; ou chargez dans un autre fichier.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Le chargement a été annulé ; rien n’en a été enregistré.</translation>
    </message>
</context>
<context>
    <name>LoadsView</name>
    <message>
        <source>Table &amp;Sizes</source>
        <translation>Ta&amp;illes des tables</translation>
    </message>
    <message>
        <source>Charts of the loads</source>
        <translation>Graphiques des chargements</translation>
    </message>
    <message>
        <source>Chart: rows loaded per load per table</source>
        <translation>Graphique : lignes chargées par chargement et par table</translation>
    </message>
    <message>
        <source>Chart: how long each load took</source>
        <translation>Graphique : durée de chaque chargement</translation>
    </message>
    <message>
        <source>Chart: size of each table</source>
        <translation>Graphique : taille de chaque table</translation>
    </message>
    <message>
        <source>Loads</source>
        <translation>Chargements</translation>
    </message>
    <message>
        <source>Incremental cursors of the pipeline state</source>
        <translation>Curseurs incrémentaux de l’état du pipeline</translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation>Export&amp;er le graphique…</translation>
    </message>
    <message>
        <source>Show Rows of This &amp;Load</source>
        <translation>Afficher les lignes de ce &amp;chargement</translation>
    </message>
    <message>
        <source>The current table&apos;s rows that this load wrote</source>
        <translation>Les lignes de la table courante écrites par ce chargement</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation>Curseur</translation>
    </message>
    <message>
        <source>Last value</source>
        <translation>Dernière valeur</translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation>Valeur initiale</translation>
    </message>
    <message>
        <source>Reading the loads…</source>
        <translation>Lecture des chargements…</translation>
    </message>
    <message>
        <source>No load recorded in this file (it has no _dlt_loads table, or the table is empty).</source>
        <translation>Aucun chargement enregistré dans ce fichier (il n’a pas de table _dlt_loads, ou elle est vide).</translation>
    </message>
    <message numerus="yes">
        <source>%n load(s), %1 rows in all.</source>
        <translation>
            <numerusform>%n chargement, %1 lignes en tout.</numerusform>
            <numerusform>%n chargements, %1 lignes en tout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Seconds (from the load&apos;s start to its commit)</source>
        <translation>Secondes (du début du chargement à sa validation)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>MB on disk</source>
        <translation>Mo sur le disque</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>not committed (rows without a load record)</source>
        <translation>non validé (lignes sans enregistrement de chargement)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>No pipeline state in this file.</source>
        <translation>Pas d’état de pipeline dans ce fichier.</translation>
    </message>
    <message>
        <source>Ro&amp;ws per Load</source>
        <translation>Lignes par charge&amp;ment</translation>
    </message>
    <message>
        <source>Durat&amp;ions</source>
        <translation>D&amp;urées</translation>
    </message>
</context>
<context>
    <name>LoopbackPages</name>
    <message>
        <source>You can close this tab and return to Grantline.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Grantline.</translation>
    </message>
    <message>
        <source>Return to Grantline to try again.</source>
        <translation>Revenez à Grantline pour réessayer.</translation>
    </message>
    <message>
        <source>If your browser changed http to https, turn off HTTPS-only mode for 127.0.0.1, or start the sign-in again from Grantline.</source>
        <translation>Si votre navigateur a changé http en https, désactivez le mode HTTPS uniquement pour 127.0.0.1, ou relancez la connexion depuis Grantline.</translation>
    </message>
    <message>
        <source>This page is not part of your sign-in</source>
        <translation>Cette page ne fait pas partie de votre connexion</translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation>Cette connexion a déjà reçu une réponse.</translation>
    </message>
    <message>
        <source>Nothing to see here.</source>
        <translation>Rien à voir ici.</translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Grantline started.</source>
        <translation>Cette réponse n’appartient pas à la connexion lancée par Grantline.</translation>
    </message>
    <message>
        <source>The provider sent neither a code nor an error.</source>
        <translation>Le fournisseur n’a envoyé ni code ni erreur.</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Connexion annulée</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Grantline.</source>
        <translation>La connexion a été annulée dans Grantline.</translation>
    </message>
    <message>
        <source>[::1] port %1 is used by another program</source>
        <translation>le port %1 de [::1] est utilisé par un autre programme</translation>
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
        <source>About Grantline</source>
        <translation>À propos de Grantline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Sign in to OAuth-protected REST APIs, load their data into a local SQLite file and browse it.&lt;/p&gt;&lt;p&gt;Secrets are kept in your system keychain and nowhere else.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Connectez-vous à des API REST protégées par OAuth, chargez leurs données dans un fichier SQLite local et parcourez-les.&lt;/p&gt;&lt;p&gt;Les secrets sont conservés dans le trousseau du système et nulle part ailleurs.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign-in port, browser, language and keychain</source>
        <translation>Port de connexion, navigateur, langue et trousseau</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation>Connexion &quot;%1&quot; enregistrée.</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved; sign in again for the changes to apply.</source>
        <translation>&quot;%1&quot; enregistrée ; reconnectez-vous pour appliquer les modifications.</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its tokens and client secret are deleted from the keychain. The app stays registered at the provider.</source>
        <translation>Supprimer &quot;%1&quot; ? Ses jetons et son secret client sont effacés du trousseau. L’application reste enregistrée chez le fournisseur.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; supprimée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed: %2</source>
        <translation>&quot;%1&quot; n’a pas pu être supprimée : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation>Se déconnecter de &quot;%1&quot; ? Les jetons sont révoqués et oubliés ; la connexion reste, prête pour une nouvelle connexion.</translation>
    </message>
    <message>
        <source>&amp;Import dlt Config…</source>
        <translation>&amp;Importer une configuration dlt…</translation>
    </message>
    <message>
        <source>Make a pipeline from a dlt REST API config; its secrets go to the keychain</source>
        <translation>Créer un pipeline à partir d’une configuration REST API dlt ; ses secrets vont dans le trousseau</translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation>Importer une configuration dlt</translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation>Configurations REST API dlt (*.json)</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé : %1</translation>
    </message>
    <message>
        <source>Imported as the pipeline &quot;%1&quot;.</source>
        <translation>Importé comme pipeline &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Dupliquer</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation>Nouveau nom de &quot;%1&quot; :</translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation>Non renommé : %1</translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation>Non dupliqué : %1</translation>
    </message>
    <message>
        <source>Remove pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation>Non supprimé : %1</translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation>Nouveau &amp;pipeline…</translation>
    </message>
    <message>
        <source>Make a pipeline from a preset, a dlt config or a base URL</source>
        <translation>Créer un pipeline à partir d’un préréglage, d’une configuration dlt ou d’une URL de base</translation>
    </message>
    <message>
        <source>New Pipeline…</source>
        <translation>Nouveau pipeline…</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Created the pipeline &quot;%1&quot;.</source>
        <translation>Pipeline &quot;%1&quot; créé.</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress; try again once it has ended.</source>
        <translation>Une exécution de &quot;%1&quot; est en cours ; réessayez une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Browse any SQLite file: one a pipeline loaded, or one dlt or anyone else made</source>
        <translation>Parcourir n’importe quel fichier SQLite : chargé par un pipeline, ou créé par dlt ou quelqu’un d’autre</translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.duckdb);;All files (*)</source>
        <translation>Bases SQLite (*.db *.sqlite *.sqlite3 *.duckdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Remove the pipeline &quot;%1&quot;? Its file goes to the trash; the data it loaded stays in %2.</source>
        <translation>Supprimer le pipeline &quot;%1&quot; ? Son fichier va à la corbeille ; les données qu’il a chargées restent dans %2.</translation>
    </message>
    <message>
        <source>its database</source>
        <translation>sa base de données</translation>
    </message>
</context>
<context>
    <name>ManualEndpointsForm</name>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>URL d’&amp;autorisation :</translation>
    </message>
    <message>
        <source>Where the browser goes to sign in (authorization_endpoint)</source>
        <translation>Où le navigateur va pour la connexion (authorization_endpoint)</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton :</translation>
    </message>
    <message>
        <source>Where the code is exchanged for tokens (token_endpoint)</source>
        <translation>Où le code est échangé contre des jetons (token_endpoint)</translation>
    </message>
    <message>
        <source>&amp;Revocation URL (optional):</source>
        <translation>URL de &amp;révocation (facultatif) :</translation>
    </message>
    <message>
        <source>RFC 7009 revocation_endpoint; without it, signing out only forgets the tokens</source>
        <translation>revocation_endpoint de la RFC 7009 ; sans lui, la déconnexion ne fait qu’oublier les jetons</translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL (optional):</source>
        <translation>URL d’i&amp;ntrospection (facultatif) :</translation>
    </message>
    <message>
        <source>RFC 7662 introspection_endpoint</source>
        <translation>introspection_endpoint de la RFC 7662</translation>
    </message>
    <message>
        <source>&amp;JWKS URL (optional):</source>
        <translation>URL &amp;JWKS (facultatif) :</translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys (jwks_uri), for checking token signatures</source>
        <translation>Les clés de signature du fournisseur (jwks_uri), pour vérifier les signatures des jetons</translation>
    </message>
    <message>
        <source>&amp;Userinfo URL (optional):</source>
        <translation>URL &amp;Userinfo (facultatif) :</translation>
    </message>
    <message>
        <source>Tells who signed in (userinfo_endpoint)</source>
        <translation>Indique qui s’est connecté (userinfo_endpoint)</translation>
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
    <message>
        <source>Connections and pipelines</source>
        <translation>Connexions et pipelines</translation>
    </message>
    <message>
        <source>Never run</source>
        <translation>Jamais exécuté</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Last run loaded</source>
        <translation>Dernière exécution chargée</translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Dernière exécution échouée</translation>
    </message>
    <message>
        <source>Last run cancelled</source>
        <translation>Dernière exécution annulée</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
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
        <translation>Nom du pipeline</translation>
    </message>
    <message>
        <source>dlt config file to import</source>
        <translation>Fichier de configuration dlt à importer</translation>
    </message>
    <message>
        <source>Base URL of the API</source>
        <translation>URL de base de l’API</translation>
    </message>
    <message>
        <source>Path of the first endpoint</source>
        <translation>Chemin du premier point d’accès</translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message>
        <source>Where the pipeline starts from</source>
        <translation>Point de départ du pipeline</translation>
    </message>
    <message>
        <source>APS Data Management preset</source>
        <translation>Préréglage APS Data Management</translation>
    </message>
    <message>
        <source>Sandbox preset</source>
        <translation>Préréglage Sandbox</translation>
    </message>
    <message>
        <source>A dlt REST API config to import</source>
        <translation>Une configuration dlt REST API à importer</translation>
    </message>
    <message>
        <source>An empty pipeline with a base URL</source>
        <translation>Un pipeline vide avec une URL de base</translation>
    </message>
    <message>
        <source>What the pipeline starts with</source>
        <translation>Ce avec quoi le pipeline commence</translation>
    </message>
    <message>
        <source>users (more endpoints are added in the table)</source>
        <translation>users (les autres points d’accès s’ajoutent dans le tableau)</translation>
    </message>
    <message>
        <source>Why the pipeline cannot be created yet</source>
        <translation>Pourquoi le pipeline ne peut pas encore être créé</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Create the pipeline</source>
        <translation>Créer le pipeline</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;Partir de :</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Choose the dlt config file</source>
        <translation>Choisir le fichier de configuration dlt</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <source>First &amp;endpoint:</source>
        <translation>Premier point d’&amp;accès :</translation>
    </message>
    <message>
        <source>Hubs, projects, top folders, folder contents, item versions and your user profile from Autodesk Platform Services, through an APS connection.</source>
        <translation>Hubs, projets, dossiers racines, contenus des dossiers, versions des éléments et votre profil utilisateur depuis Autodesk Platform Services, via une connexion APS.</translation>
    </message>
    <message>
        <source>The same chain from the built-in sandbox (hubs to item versions), through a Sandbox connection: works offline.</source>
        <translation>La même chaîne depuis le sandbox intégré (des hubs aux versions des éléments), via une connexion Sandbox : fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>A dlt REST API config (JSON); secrets written in it go to the keychain and the file names them as {secrets.NAME}.</source>
        <translation>Une configuration dlt REST API (JSON) ; les secrets qu’elle contient vont dans le trousseau et le fichier les nomme {secrets.NAME}.</translation>
    </message>
    <message>
        <source>One endpoint to begin with; add more in the endpoint table and try each with Test request.</source>
        <translation>Un point d’accès pour commencer ; ajoutez-en d’autres dans le tableau des points d’accès et essayez chacun avec Tester la requête.</translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; (%2)</source>
        <translation>Connexion &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation>Il existe déjà un pipeline &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the dlt config to import.</source>
        <translation>Choisissez la configuration dlt à importer.</translation>
    </message>
    <message>
        <source>The preset signs in through a %1 connection, and there is none yet: make one with File → New Connection… first.</source>
        <translation>Le préréglage se connecte via une connexion %1, et il n’y en a pas encore : créez-en une d’abord avec Fichier → Nouvelle connexion….</translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be read.</source>
        <translation>La connexion &quot;%1&quot; ne peut pas être lue.</translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation>Importer une configuration dlt</translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation>Configurations dlt REST API (*.json)</translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation>Non créé : %1</translation>
    </message>
    <message>
        <source>&amp;dlt config:</source>
        <translation>Configuration &amp;dlt :</translation>
    </message>
    <message>
        <source>Type the base URL of the API.</source>
        <translation>Saisissez l’URL de base de l’API.</translation>
    </message>
    <message>
        <source>Type the path of a first endpoint; more are added in the table.</source>
        <translation>Saisissez le chemin d’un premier point d’accès ; les autres s’ajoutent dans le tableau.</translation>
    </message>
</context>
<context>
    <name>OAuthRequestJob</name>
    <message>
        <source>The request to %1</source>
        <translation>La requête à %1</translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation>Impossible de joindre %1 : %2. Vérifiez la connexion réseau et réessayez.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) instead of an OAuth response; check the endpoint URL.</source>
        <translation>%1 a répondu par une redirection (HTTP %2) au lieu d’une réponse OAuth ; vérifiez l’URL du point d’accès.</translation>
    </message>
    <message>
        <source>%1 is busy (HTTP %2)%3. Try again in a moment.</source>
        <translation>%1 est occupé (HTTP %2)%3. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>; it asks to wait %1 s</source>
        <translation> ; il demande d’attendre %1 s</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 and no OAuth error. The provider may be down; try again later.</source>
        <translation>%1 a échoué avec HTTP %2 et sans erreur OAuth. Le fournisseur est peut-être en panne ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 and an answer that is not an OAuth error.</source>
        <translation>%1 a refusé la requête avec HTTP %2 et une réponse qui n’est pas une erreur OAuth.</translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON (%2). Check the endpoint URL.</source>
        <translation>%1 a répondu par autre chose que du JSON (%2). Vérifiez l’URL du point d’accès.</translation>
    </message>
    <message>
        <source>The request was incomplete or wrong; this is likely a provider setting in the connection.</source>
        <translation>La requête était incomplète ou erronée ; c’est probablement un réglage du fournisseur dans la connexion.</translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that the app type matches (a Desktop app has no secret).</source>
        <translation>Vérifiez l’identifiant client et le secret, et que le type d’application correspond (une application de bureau n’a pas de secret).</translation>
    </message>
    <message>
        <source>The sign-in is no longer valid; sign in again.</source>
        <translation>La connexion n’est plus valide ; reconnectez-vous.</translation>
    </message>
    <message>
        <source>This app is not allowed to sign in this way; check its type at the provider.</source>
        <translation>Cette application n’a pas le droit de se connecter ainsi ; vérifiez son type chez le fournisseur.</translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation>Le fournisseur ne prend pas en charge ce type de connexion.</translation>
    </message>
    <message>
        <source>Ask for fewer or different scopes.</source>
        <translation>Demandez moins de scopes ou d’autres.</translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation>Le fournisseur ne peut pas révoquer ce type de jeton.</translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation>%1 (%2). %3</translation>
    </message>
    <message>
        <source>The provider refused the request with HTTP %1: %2 (%3).</source>
        <translation>Le fournisseur a refusé la requête avec HTTP %1 : %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PageFetchJob</name>
    <message>
        <source>Fetching %1</source>
        <translation>Récupération de %1</translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2); Grantline does not ignore certificate errors.</source>
        <translation>La connexion TLS à %1 a échoué (%2) ; Grantline n’ignore pas les erreurs de certificat.</translation>
    </message>
    <message>
        <source>%1, even with renewed credentials. Sign in again or check the credentials.</source>
        <translation>%1, même avec des identifiants renouvelés. Reconnectez-vous ou vérifiez les identifiants.</translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not https; not followed.</source>
        <translation>%1 a redirigé vers %2, qui n’est pas en https ; redirection non suivie.</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation>%1 a redirigé plus de %2 fois.</translation>
    </message>
    <message>
        <source>%1 answered 401: the credentials were refused.</source>
        <translation>%1 a répondu 401 : les identifiants ont été refusés.</translation>
    </message>
    <message>
        <source>%1 answered 401 and the credentials could not be renewed: %2</source>
        <translation>%1 a répondu 401 et les identifiants n’ont pas pu être renouvelés : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (abandon après %n tentative).</numerusform>
            <numerusform>%1 (abandon après %n tentatives).</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 de %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 answered %2; ignored as the pipeline says.</source>
        <translation>%1 a répondu %2 ; ignoré comme le pipeline l’indique.</translation>
    </message>
</context>
<context>
    <name>Paginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (has_more_path).</source>
        <translation>La réponse n’a pas de &quot;%1&quot; (has_more_path).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (has_more_path) is not true or false.</source>
        <translation>&quot;%1&quot; (has_more_path) n’est ni true ni false.</translation>
    </message>
</context>
<context>
    <name>PaginatorForm</name>
    <message>
        <source>Paginator type</source>
        <translation>Type de paginateur</translation>
    </message>
    <message>
        <source>Paginator &amp;type:</source>
        <translation>&amp;Type de paginateur :</translation>
    </message>
    <message>
        <source>Paginator %1</source>
        <translation>Paginateur %1</translation>
    </message>
    <message>
        <source>auto (not set)</source>
        <translation>auto (non défini)</translation>
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
        <translation>un enregistrement de &quot;%1&quot; n’a pas de &quot;%2&quot; (il a : %3).</translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the pipeline file</source>
        <translation>Enregistrer le fichier du pipeline</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation>Rétablir la modification annulée</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation>Ajouter un point d’accès</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected endpoint</source>
        <translation>Dupliquer le point d’accès sélectionné</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected endpoints</source>
        <translation>Supprimer les points d’accès sélectionnés</translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation>Tout cocher</translation>
    </message>
    <message>
        <source>Tick every endpoint shown for the next run</source>
        <translation>Cocher tous les points d’accès affichés pour la prochaine exécution</translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation>Tout décocher</translation>
    </message>
    <message>
        <source>Untick every endpoint shown</source>
        <translation>Décocher tous les points d’accès affichés</translation>
    </message>
    <message>
        <source>Find endpoint</source>
        <translation>Rechercher un point d’accès</translation>
    </message>
    <message>
        <source>Export to dlt…</source>
        <translation>Exporter vers dlt…</translation>
    </message>
    <message>
        <source>Write the pipeline as a dlt script</source>
        <translation>Écrire le pipeline sous forme de script dlt</translation>
    </message>
    <message>
        <source>Test request</source>
        <translation>Tester la requête</translation>
    </message>
    <message>
        <source>Send one request of the selected endpoint and show the answer</source>
        <translation>Envoyer une requête du point d’accès sélectionné et afficher la réponse</translation>
    </message>
    <message>
        <source>Edit Endpoint…</source>
        <translation>Modifier le point d’accès…</translation>
    </message>
    <message>
        <source>Edit every key of the selected endpoint</source>
        <translation>Modifier chaque clé du point d’accès sélectionné</translation>
    </message>
    <message>
        <source>Edit Defaults…</source>
        <translation>Modifier les valeurs par défaut…</translation>
    </message>
    <message>
        <source>Edit the resource_defaults every endpoint starts from</source>
        <translation>Modifier les resource_defaults dont part chaque point d’accès</translation>
    </message>
    <message>
        <source>Edit Client…</source>
        <translation>Modifier le client…</translation>
    </message>
    <message>
        <source>Edit the client: base URL, headers, auth and paginator</source>
        <translation>Modifier le client : URL de base, en-têtes, authentification et paginateur</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>Load the ticked endpoints into the pipeline&apos;s destination</source>
        <translation>Charger les points d’accès cochés dans la destination du pipeline</translation>
    </message>
    <message>
        <source>Destination…</source>
        <translation>Destination…</translation>
    </message>
    <message>
        <source>Where the data goes: a SQLite file or a PostgreSQL server</source>
        <translation>Où vont les données : un fichier SQLite ou un serveur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>PipelineAuthForm</name>
    <message>
        <source>How the pipeline signs in</source>
        <translation>Comment le pipeline se connecte</translation>
    </message>
    <message>
        <source>Name of the secret in the keychain</source>
        <translation>Nom du secret dans le trousseau</translation>
    </message>
    <message>
        <source>The file names the secret as {secrets.NAME}; its value stays in the keychain</source>
        <translation>Le fichier nomme le secret {secrets.NAME} ; sa valeur reste dans le trousseau</translation>
    </message>
    <message>
        <source>S&amp;ign in:</source>
        <translation>Conne&amp;xion :</translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation>Para&amp;mètre :</translation>
    </message>
    <message>
        <source>Name of the API key parameter</source>
        <translation>Nom du paramètre de la clé d’API</translation>
    </message>
    <message>
        <source>Where the API key is sent</source>
        <translation>Où la clé d’API est envoyée</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Paramètre de requête</translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation>Cookie</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d’AP&amp;I :</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation>URL du &amp;jeton :</translation>
    </message>
    <message>
        <source>Token endpoint URL</source>
        <translation>URL du point d’accès des jetons</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Identifiant client</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>Sc&amp;opes :</translation>
    </message>
    <message>
        <source>Scopes asked for</source>
        <translation>Scopes demandés</translation>
    </message>
    <message>
        <source>space-separated, e.g. data:read (optional)</source>
        <translation>séparés par des espaces, p. ex. data:read (facultatif)</translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation>Sans connexion</translation>
    </message>
    <message>
        <source>HTTP basic (user name and password)</source>
        <translation>HTTP basic (nom d’utilisateur et mot de passe)</translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation>Identifiants client OAuth</translation>
    </message>
    <message>
        <source>There is no connection to sign in with.</source>
        <translation>Il n’y a aucune connexion avec laquelle se connecter.</translation>
    </message>
    <message>
        <source>Say which header or parameter carries the API key.</source>
        <translation>Indiquez quel en-tête ou paramètre porte la clé d’API.</translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation>Saisissez le nom d’utilisateur.</translation>
    </message>
    <message>
        <source>Type the client ID.</source>
        <translation>Saisissez l’identifiant client.</translation>
    </message>
    <message>
        <source>Type the secret: it goes to the keychain, never into the file.</source>
        <translation>Saisissez le secret : il va dans le trousseau, jamais dans le fichier.</translation>
    </message>
    <message>
        <source>Keychain na&amp;me:</source>
        <translation>Nom dans le trous&amp;seau :</translation>
    </message>
    <message>
        <source>Sen&amp;t in:</source>
        <translation>Envo&amp;yée dans :</translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation>Nom d’utilisa&amp;teur :</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation>S&amp;ecret client :</translation>
    </message>
    <message>
        <source>Type the token URL, an https:// address.</source>
        <translation>Saisissez l’URL du jeton, une adresse https://.</translation>
    </message>
    <message>
        <source>The keychain name may hold letters, digits and &quot;_&quot; only.</source>
        <translation>Le nom dans le trousseau ne peut contenir que des lettres, des chiffres et &quot;_&quot;.</translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>--limit wants a whole number from 0.</source>
        <translation>--limit attend un nombre entier à partir de 0.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1 : %n enregistrement</numerusform>
            <numerusform>%1 : %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n page(s)</source>
        <translation>
            <numerusform> en %n page</numerusform>
            <numerusform> en %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: secret set NAME (value on standard input) | secret remove NAME</source>
        <translation>utilisation : secret set NAME (value on standard input) | secret remove NAME</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; removed from the keychain.</source>
        <translation>Secret &quot;%1&quot; supprimé du trousseau.</translation>
    </message>
    <message>
        <source>type or pipe the secret&apos;s value on standard input.</source>
        <translation>saisissez ou redirigez la valeur du secret sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; stored in the keychain; pipeline files use it as &quot;{secrets.%1}&quot;.</source>
        <translation>Secret &quot;%1&quot; enregistré dans le trousseau ; les fichiers de pipeline l’utilisent sous &quot;{secrets.%1}&quot;.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>usage: export --dlt PIPELINE.json [--output SCRIPT.py]</source>
        <translation>utilisation : export --dlt PIPELINE.json [--output SCRIPT.py]</translation>
    </message>
    <message>
        <source>The dlt script</source>
        <translation>Le script dlt</translation>
    </message>
    <message>
        <source>usage: import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json] [--destination FILE.sqlite]</source>
        <translation>utilisation : import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json] [--destination FILE.sqlite]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation>%1 n’est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>The pipeline file</source>
        <translation>Le fichier du pipeline</translation>
    </message>
    <message>
        <source>the secret</source>
        <translation>le secret</translation>
    </message>
    <message>
        <source>the secrets of this config</source>
        <translation>les secrets de cette configuration</translation>
    </message>
    <message>
        <source>usage: preset NAME --connection NAME [--output PIPELINE.json]</source>
        <translation>utilisation : preset NAME --connection NAME [--output PIPELINE.json]</translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>il n’existe pas de préréglage &quot;%1&quot; ; les préréglages sont : %2.</translation>
    </message>
    <message>
        <source>usage: pipelines [--json]</source>
        <translation>usage : pipelines [--json]</translation>
    </message>
    <message>
        <source>No pipelines in %1.</source>
        <translation>Aucun pipeline dans %1.</translation>
    </message>
    <message>
        <source>does not read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source> (%1 problems in all)</source>
        <translation> (%1 problèmes au total)</translation>
    </message>
    <message>
        <source>Add the connection with --issuer.</source>
        <translation>Ajoutez la connexion avec --issuer.</translation>
    </message>
    <message>
        <source>usage: extract PIPELINE.json [--resource NAME]... [--limit N] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation>utilisation : extract PIPELINE.json [--resource NAME]... [--limit N] [--concurrent-requests N] [--requests-per-minute N]</translation>
    </message>
</context>
<context>
    <name>PipelineCreateJob</name>
    <message>
        <source>storing the pipeline&apos;s secrets in %1</source>
        <translation>l’enregistrement des secrets du pipeline dans %1</translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation>Il existe déjà un pipeline &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This pipeline has secrets, and %1 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>Ce pipeline a des secrets, et %1 ne les garde que jusqu’à la fermeture de Grantline ; le pipeline ne pourrait plus s’exécuter ensuite. Rendez d’abord le trousseau disponible.</translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the pipeline&apos;s data.</source>
        <translation>Impossible de créer le dossier %1 pour les données du pipeline.</translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; already uses the secret &quot;%2&quot; in the keychain; give this one another name.</source>
        <translation>Le pipeline &quot;%1&quot; utilise déjà le secret &quot;%2&quot; du trousseau ; donnez un autre nom à celui-ci.</translation>
    </message>
</context>
<context>
    <name>PipelineDocument</name>
    <message>
        <source>the pipeline</source>
        <translation>le pipeline</translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix its text first.</source>
        <translation>%1 n’est pas du JSON valide ; corrigez d’abord son texte.</translation>
    </message>
    <message>
        <source>The edit would break the file (%1); it was not made.</source>
        <translation>La modification casserait le fichier (%1) ; elle n’a pas été faite.</translation>
    </message>
    <message>
        <source>Cannot write at %1: %2 holds no object or list to add it to.</source>
        <translation>Impossible d’écrire à %1 : %2 ne contient aucun objet ni aucune liste où l’ajouter.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>le fichier</translation>
    </message>
    <message>
        <source>There is no list at %1 with a place %2.</source>
        <translation>Il n’y a pas de liste à %1 avec une position %2.</translation>
    </message>
    <message>
        <source>Nothing is written at %1.</source>
        <translation>Rien n’est écrit à %1.</translation>
    </message>
    <message>
        <source>The pipeline has no file yet; save it as a file.</source>
        <translation>Le pipeline n’a pas encore de fichier ; enregistrez-le dans un fichier.</translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; reload it, or save and overwrite those changes.</source>
        <translation>%1 a été modifié par un autre programme depuis son ouverture ; rechargez-le, ou enregistrez en écrasant ces modifications.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Fix the pipeline first: %1</source>
        <translation>Corrigez d’abord le pipeline : %1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Drop them? (Cancel, then Save with Ctrl+S, to keep them.)</source>
        <translation>Les modifications de &quot;%1&quot; ne sont pas enregistrées. Les abandonner ? (Pour les conserver : Annuler, puis enregistrer avec Ctrl+S.)</translation>
    </message>
    <message>
        <source>Drop changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it (your changes here are dropped), or keep yours and save over it.</source>
        <translation>Un autre programme a modifié %1. Rechargez-le (vos modifications ici seront abandonnées), ou gardez les vôtres et enregistrez par-dessus.</translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it to see the change.</source>
        <translation>Un autre programme a modifié %1. Rechargez-le pour voir la modification.</translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation>&amp;Points d’accès</translation>
    </message>
    <message>
        <source>Pipeline sections</source>
        <translation>Sections du pipeline</translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation>Nom du pipeline</translation>
    </message>
    <message>
        <source>Pipeline file</source>
        <translation>Fichier du pipeline</translation>
    </message>
    <message>
        <source>Pipeline problem</source>
        <translation>Problème du pipeline</translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation>Le fichier a changé sur le disque</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder les miennes</translation>
    </message>
    <message>
        <source>Fix the pipeline&apos;s text first: %1</source>
        <translation>Corrigez d’abord le texte du pipeline : %1</translation>
    </message>
    <message>
        <source>Tick at least one endpoint to run.</source>
        <translation>Cochez au moins un point d’accès à exécuter.</translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation>Exécution en cours</translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress. Cancel it? Nothing of it is kept.</source>
        <translation>Une exécution de &quot;%1&quot; est en cours. L’annuler ? Rien n’en sera gardé.</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xécution</translation>
    </message>
    <message>
        <source>The endpoint %1 is no longer in the pipeline.</source>
        <translation>Le point d’accès %1 n’est plus dans le pipeline.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Données</translation>
    </message>
</context>
<context>
    <name>PipelinePresets</name>
    <message>
        <source>There is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation>Il n’y a pas de préréglage &quot;%1&quot; ; les préréglages sont : %2.</translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; calls the provider at its issuer URL, and the connection &quot;%2&quot; has none.</source>
        <translation>Le préréglage &quot;%1&quot; appelle le fournisseur à son URL d’émetteur, et la connexion &quot;%2&quot; n’en a pas.</translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>&quot;%1&quot; is not a pipeline name: use up to 64 letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, starting with a letter or a digit.</source>
        <translation>&quot;%1&quot; n’est pas un nom de pipeline : utilisez jusqu’à 64 lettres, chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot;, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name Windows keeps for a device; choose another.</source>
        <translation>&quot;%1&quot; est un nom que Windows réserve à un périphérique ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>There is a pipeline named &quot;%1&quot; already.</source>
        <translation>Il existe déjà un pipeline nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>There is no pipeline named &quot;%1&quot;.</source>
        <translation>Il n’y a aucun pipeline nommé &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Impossible de renommer %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
</context>
<context>
    <name>PlotSample</name>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>&amp;X axis:</source>
        <translation>Ax&amp;e X :</translation>
    </message>
    <message>
        <source>&amp;Y axis:</source>
        <translation>Axe &amp;Y :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Forme :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation>Nuage de points</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation>T&amp;racer</translation>
    </message>
    <message>
        <source>Plot of two columns</source>
        <translation>Graphique de deux colonnes</translation>
    </message>
    <message>
        <source>Column on the X axis</source>
        <translation>Colonne sur l’axe X</translation>
    </message>
    <message>
        <source>Column on the Y axis</source>
        <translation>Colonne sur l’axe Y</translation>
    </message>
    <message>
        <source>Kind of plot</source>
        <translation>Type de graphique</translation>
    </message>
    <message>
        <source>Open a table or run a query to plot it.</source>
        <translation>Ouvrez une table ou exécutez une requête pour la tracer.</translation>
    </message>
    <message>
        <source>Plotting: %1</source>
        <translation>Tracé de : %1</translation>
    </message>
    <message>
        <source>Reading the points…</source>
        <translation>Lecture des points…</translation>
    </message>
    <message>
        <source>No row has a number in %1.</source>
        <translation>Aucune ligne n’a de nombre dans %1.</translation>
    </message>
    <message>
        <source>All %1 rows.</source>
        <translation>Les %1 lignes.</translation>
    </message>
    <message>
        <source>%1 rows left out: no number in %2 or no value in %3.</source>
        <translation>%1 lignes omises : pas de nombre dans %2 ou pas de valeur dans %3.</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le graphiq&amp;ue…</translation>
    </message>
    <message>
        <source>One row in %1 of %2: the plot covers part of the rows.</source>
        <translation>Une ligne sur %1 parmi %2 : le graphique ne couvre qu’une partie des lignes.</translation>
    </message>
</context>
<context>
    <name>PostgresCredentials</name>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; n’est pas l’une des valeurs %2</translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds</source>
        <translation>connect_timeout &quot;%1&quot; n’est pas un nombre de secondes</translation>
    </message>
    <message>
        <source>holds a password in plain text; store it in the keychain and write &quot;password&quot;: &quot;{secrets.NAME}&quot; beside the URL instead</source>
        <translation>contient un mot de passe en clair ; enregistrez-le dans le trousseau et écrivez plutôt &quot;password&quot;: &quot;{secrets.NAME}&quot; à côté de l’URL</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter Grantline passes on (known: sslmode, connect_timeout, host, %2)</source>
        <translation>&quot;%1&quot; n’est pas un paramètre de connexion que Grantline transmet (connus : sslmode, connect_timeout, host, %2)</translation>
    </message>
    <message>
        <source>names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>ne nomme aucune base de données (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>is given twice: here and in &quot;credentials&quot;</source>
        <translation>est donné deux fois : ici et dans &quot;credentials&quot;</translation>
    </message>
    <message>
        <source>is required for postgres: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;</source>
        <translation>est requis pour postgres : &quot;postgresql://USER@HOST:PORT/DATABASE&quot;</translation>
    </message>
    <message>
        <source>database %1 on %2:%3</source>
        <translation>base de données %1 sur %2:%3</translation>
    </message>
    <message>
        <source>is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>n’est pas une URL PostgreSQL (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
    <message>
        <source>names a database with &quot;/&quot; in it (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation>nomme une base de données contenant &quot;/&quot; (postgresql://USER@HOST:PORT/DATABASE)</translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>schema %1 of %2</source>
        <translation>schéma %1 de %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Il n’y a pas de connexion à PostgreSQL.</translation>
    </message>
    <message>
        <source>Another load into %1 is running; run this one again once it has finished.</source>
        <translation>Un autre chargement dans %1 est en cours ; relancez celui-ci une fois l’autre terminé.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but user &quot;%3&quot; may not create tables in the schema %4.</source>
        <translation>Connecté à PostgreSQL %1 à %2, mais l’utilisateur &quot;%3&quot; ne peut pas créer de tables dans le schéma %4.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but the schema %4 does not exist and user &quot;%3&quot; may not create it.</source>
        <translation>Connecté à PostgreSQL %1 à %2, mais le schéma %4 n’existe pas et l’utilisateur &quot;%3&quot; ne peut pas le créer.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; loads go into the schema %3.</source>
        <translation>Connecté à PostgreSQL %1 à %2 ; les chargements vont dans le schéma %3.</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; the first load creates the schema %3.</source>
        <translation>Connecté à PostgreSQL %1 à %2 ; le premier chargement crée le schéma %3.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the load; it was rolled back.</source>
        <translation>PostgreSQL a refusé le chargement ; il a été annulé.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke during COMMIT, so whether the load was saved is not known. Either way its data and its state agree: the next run neither loses nor repeats a record.</source>
        <translation>La connexion à PostgreSQL (%1) a été rompue pendant le COMMIT : on ne sait donc pas si le chargement a été enregistré. Dans les deux cas, ses données et son état concordent : la prochaine exécution ne perd ni ne répète aucun enregistrement.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the load back instead of saving it.</source>
        <translation>PostgreSQL a annulé le chargement au lieu de l’enregistrer.</translation>
    </message>
    <message>
        <source>The pipeline&apos;s dataset name is blank; PostgreSQL needs a schema name to load into.</source>
        <translation>Le nom du jeu de données du pipeline est vide ; PostgreSQL a besoin d’un nom de schéma où charger.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Le chargement a été annulé ; rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>Type the dataset first: the schema on the server the tables go into.</source>
        <translation>Saisissez d’abord le jeu de données : le schéma du serveur où vont les tables.</translation>
    </message>
</context>
<context>
    <name>PostgresFailure</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation>%1 (Le serveur a dit : %2)</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not accept the password of user &quot;%2&quot;. Check the password the pipeline&apos;s destination names.</source>
        <translation>Le serveur PostgreSQL à %1 n’a pas accepté le mot de passe de l’utilisateur &quot;%2&quot;. Vérifiez le mot de passe que nomme la destination du pipeline.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for user &quot;%2&quot;, and the destination gives none: add &quot;password&quot;: &quot;{secrets.NAME}&quot;.</source>
        <translation>Le serveur PostgreSQL à %1 demande un mot de passe pour l’utilisateur &quot;%2&quot;, et la destination n’en donne aucun : ajoutez &quot;password&quot;: &quot;{secrets.NAME}&quot;.</translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2. Create it (createdb %1) or name one that exists.</source>
        <translation>Il n’y a pas de base de données &quot;%1&quot; sur le serveur PostgreSQL à %2. Créez-la (createdb %1) ou nommez-en une qui existe.</translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation>Il n’y a pas d’utilisateur &quot;%1&quot; sur le serveur PostgreSQL à %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer within %2 seconds.</source>
        <translation>Le serveur PostgreSQL à %1 n’a pas répondu en %2 secondes.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Is it running, and is that its address?</source>
        <translation>Aucun serveur PostgreSQL ne répond à %1. Est-il démarré, et est-ce bien son adresse ?</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 and the destination&apos;s sslmode (%2) do not agree.</source>
        <translation>Le serveur PostgreSQL à %1 et le sslmode de la destination (%2) ne s’accordent pas.</translation>
    </message>
    <message>
        <source>Grantline could not connect to PostgreSQL at %1.</source>
        <translation>Grantline n’a pas pu se connecter à PostgreSQL à %1.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke while %2: the server stopped or restarted, or the network failed. The server rolls the load back, so nothing of it was saved; run it again once the server is up.</source>
        <translation>La connexion à PostgreSQL (%1) a été rompue pendant %2 : le serveur s’est arrêté ou a redémarré, ou le réseau a failli. Le serveur annule le chargement, rien n’en a donc été enregistré ; relancez-le une fois le serveur disponible.</translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation>Le chargement a été annulé ; rien n’en a été enregistré.</translation>
    </message>
    <message>
        <source>PostgreSQL stopped %1 after the server&apos;s statement_timeout; the load was rolled back and nothing of it was saved. Raise statement_timeout for user &quot;%2&quot; (ALTER ROLE … SET statement_timeout) and run it again.</source>
        <translation>PostgreSQL a arrêté %1 après le statement_timeout du serveur ; le chargement a été annulé et rien n’en a été enregistré. Augmentez statement_timeout pour l’utilisateur &quot;%2&quot; (ALTER ROLE … SET statement_timeout) et relancez-le.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not do this on %2 (%3); the load was rolled back. Grant the right (for a new dataset: GRANT CREATE ON DATABASE %4 TO &quot;%1&quot;) or load into a dataset the user may write.</source>
        <translation>L’utilisateur &quot;%1&quot; n’a pas le droit de faire ceci sur %2 (%3) ; le chargement a été annulé. Accordez ce droit (pour un nouveau jeu de données : GRANT CREATE ON DATABASE %4 TO &quot;%1&quot;) ou chargez dans un jeu de données où l’utilisateur peut écrire.</translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full (%1); the load was rolled back and nothing of it was saved. Free space on the server and run it again.</source>
        <translation>Le disque du serveur PostgreSQL est plein (%1) ; le chargement a été annulé et rien n’en a été enregistré. Libérez de l’espace sur le serveur et relancez-le.</translation>
    </message>
    <message>
        <source>The PostgreSQL server ran out of a resource (%1); the load was rolled back. Run it again later.</source>
        <translation>Le serveur PostgreSQL a manqué d’une ressource (%1) ; le chargement a été annulé. Relancez-le plus tard.</translation>
    </message>
    <message>
        <source>A value holds a character PostgreSQL cannot store (such as \u0000) while %1; the load was rolled back.</source>
        <translation>Une valeur contient un caractère que PostgreSQL ne peut pas stocker (comme \u0000) pendant %1 ; le chargement a été annulé.</translation>
    </message>
    <message>
        <source>Another session held what the load needed (%1); the load was rolled back. Run it again.</source>
        <translation>Une autre session tenait ce dont le chargement avait besoin (%1) ; le chargement a été annulé. Relancez-le.</translation>
    </message>
    <message>
        <source>PostgreSQL refused %1 on %2; the load was rolled back.</source>
        <translation>PostgreSQL a refusé %1 sur %2 ; le chargement a été annulé.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no connection free for user &quot;%2&quot; now (too many connections); run it again later.</source>
        <translation>Le serveur PostgreSQL à %1 n’a pas de connexion libre pour l’utilisateur &quot;%2&quot; en ce moment (trop de connexions) ; relancez plus tard.</translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is starting up or shutting down; run it again once it is up.</source>
        <translation>Le serveur PostgreSQL à %1 démarre ou s’arrête ; relancez une fois qu’il est disponible.</translation>
    </message>
</context>
<context>
    <name>PostgresTableWriter</name>
    <message>
        <source>A value of column &quot;%1&quot; in table &quot;%2&quot; holds the NUL character (\u0000), which PostgreSQL cannot store; the load was rolled back.</source>
        <translation>Une valeur de la colonne &quot;%1&quot; de la table &quot;%2&quot; contient le caractère NUL (\u0000), que PostgreSQL ne peut pas stocker ; le chargement a été annulé.</translation>
    </message>
    <message>
        <source>writing table %1</source>
        <translation>l’écriture de la table %1</translation>
    </message>
</context>
<context>
    <name>PostgresTestJob</name>
    <message>
        <source>Testing the connection to %1</source>
        <translation>Test de la connexion à %1</translation>
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
        <translation>%1 enregistrements/s — %2</translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The provider&apos;s metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;: it cannot be trusted for this connection.</source>
        <translation>Les métadonnées du fournisseur nomment l’émetteur &quot;%1&quot;, pas &quot;%2&quot; : elles ne sont pas fiables pour cette connexion.</translation>
    </message>
    <message>
        <source>The provider&apos;s metadata has no token_endpoint.</source>
        <translation>Les métadonnées du fournisseur n’ont pas de token_endpoint.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation>&quot;%1&quot; n’est pas une URL de point d’accès valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use https. Grantline sends secrets only over TLS, except to this computer (127.0.0.1).</source>
        <translation>&quot;%1&quot; n’utilise pas https. Grantline n’envoie de secrets que par TLS, sauf vers cet ordinateur (127.0.0.1).</translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation>Choisir un fournisseur</translation>
    </message>
    <message>
        <source>Where do you sign in? Nothing is saved until you have signed in.</source>
        <translation>Où vous connectez-vous ? Rien n’est enregistré avant que vous ne soyez connecté.</translation>
    </message>
    <message>
        <source>&amp;Sandbox — built in, offline, no account needed</source>
        <translation>&amp;Bac à sable — intégré, hors ligne, sans compte</translation>
    </message>
    <message>
        <source>&amp;Autodesk Platform Services (APS)</source>
        <translation>&amp;Autodesk Platform Services (APS)</translation>
    </message>
    <message>
        <source>Any &amp;OpenID Connect provider, found from its issuer URL</source>
        <translation>Tout fournisseur &amp;OpenID Connect, trouvé à partir de l’URL de son émetteur</translation>
    </message>
    <message>
        <source>Another OAuth 2.0 provider, endpoints typed in by &amp;hand</source>
        <translation>Un autre fournisseur OAuth 2.0, points de terminaison saisis à la &amp;main</translation>
    </message>
    <message>
        <source>Grantline knows APS Authentication v2: its endpoints, scopes and rules. You need an APS account and an app registered in the APS portal; the next page walks you through it.</source>
        <translation>Grantline connaît APS Authentication v2 : ses points de terminaison, ses portées et ses règles. Il vous faut un compte APS et une application enregistrée sur le portail APS ; la page suivante vous guide.</translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation>URL de l’é&amp;metteur :</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s OpenID Connect discovery document</source>
        <translation>Récupérer le document de découverte OpenID Connect du fournisseur</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>&amp;Name of this connection:</source>
        <translation>&amp;Nom de cette connexion :</translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;; it names the connection in Grantline and in grantline-cli.</source>
        <translation>Lettres, chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot; ; il désigne la connexion dans Grantline et dans grantline-cli.</translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation>Démarrage du bac à sable intégré…</translation>
    </message>
    <message>
        <source>Type the provider&apos;s issuer URL first.</source>
        <translation>Saisissez d’abord l’URL de l’émetteur du fournisseur.</translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation>Recherche de %1…</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>%1 trouvé.</translation>
    </message>
    <message>
        <source>The sandbox is running at %1. It forgets its sign-ins when Grantline closes; sign in again then.</source>
        <translation>Le bac à sable fonctionne à l’adresse %1. Il oublie ses connexions à la fermeture de Grantline ; reconnectez-vous alors.</translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Signing keys (JWKS)</source>
        <translation>Clés de signature (JWKS)</translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation>Introspection</translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation>Userinfo</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>The sandbox is running at %1; reading its discovery document…</source>
        <translation>Le bac à sable fonctionne à l’adresse %1 ; lecture de son document de découverte…</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>Le bac à sable intégré n’a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Donnez un nom à la connexion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation>&quot;%1&quot; ne peut pas servir de nom : utilisez des lettres, des chiffres, &quot;.&quot;, &quot;_&quot; et &quot;-&quot;.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Une connexion nommée &quot;%1&quot; existe déjà.</translation>
    </message>
    <message>
        <source>Type the authorization URL (https://…).</source>
        <translation>Saisissez l’URL d’autorisation (https://…).</translation>
    </message>
    <message>
        <source>Type the token URL (https://…).</source>
        <translation>Saisissez l’URL du jeton (https://…).</translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s discovery document…</source>
        <translation>En attente du document de découverte du fournisseur…</translation>
    </message>
    <message>
        <source>Type the issuer URL and click Look up.</source>
        <translation>Saisissez l’URL de l’émetteur et cliquez sur Rechercher.</translation>
    </message>
    <message>
        <source>Endpoints found at the issuer</source>
        <translation>Points de terminaison trouvés chez l’émetteur</translation>
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
        <translation>Bac à sable (intégré, hors ligne)</translation>
    </message>
    <message>
        <source>OpenID Connect provider (discovery)</source>
        <translation>Fournisseur OpenID Connect (découverte)</translation>
    </message>
    <message>
        <source>Other OAuth 2.0 provider (endpoints typed in)</source>
        <translation>Autre fournisseur OAuth 2.0 (points de terminaison saisis)</translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation>Choisissez au moins une portée.</translation>
    </message>
    <message>
        <source>APS accepts at most %1 scopes in one request.</source>
        <translation>APS accepte au plus %1 portées par requête.</translation>
    </message>
    <message>
        <source>APS has no scope &quot;%1&quot;. Known scopes: %2.</source>
        <translation>APS n’a pas de portée &quot;%1&quot;. Portées connues : %2.</translation>
    </message>
    <message>
        <source>APS matches callback URLs exactly, port included. Register a callback such as %1 with your app in the APS portal and give the same URL here.</source>
        <translation>APS compare les URL de rappel à l’identique, port compris. Enregistrez une URL de rappel telle que %1 pour votre application sur le portail APS et indiquez la même URL ici.</translation>
    </message>
    <message>
        <source>An app without a secret cannot get app tokens: client credentials need a confidential or server-to-server app and its client secret.</source>
        <translation>Une application sans secret ne peut pas obtenir de jetons d’application : les identifiants client (client credentials) exigent une application confidentielle ou serveur à serveur, ainsi que son secret client.</translation>
    </message>
</context>
<context>
    <name>QueryWorker</name>
    <message>
        <source>The console is read-only, so the loaded data cannot be changed by accident. Turn on Allow Writing to run statements that change the file.</source>
        <translation>La console est en lecture seule : les données chargées ne peuvent pas être modifiées par accident. Activez Autoriser l’écriture pour exécuter des instructions qui modifient le fichier.</translation>
    </message>
    <message numerus="yes">
        <source>The result cannot be written after %n row(s): %1</source>
        <translation>
            <numerusform>Le résultat ne peut plus être écrit après %n ligne : %1</numerusform>
            <numerusform>Le résultat ne peut plus être écrit après %n lignes : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangePaginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (total_path); set total_path to null if the API does not send a total.</source>
        <translation>La réponse n’a pas de &quot;%1&quot; (total_path) ; mettez total_path à null si l’API n’envoie pas de total.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (total_path) is not a whole number.</source>
        <translation>&quot;%1&quot; (total_path) n’est pas un nombre entier.</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>There is no table %1 in the file.</source>
        <translation>Il n’y a pas de table %1 dans le fichier.</translation>
    </message>
    <message>
        <source>The row is no longer in %1.</source>
        <translation>La ligne n’est plus dans %1.</translation>
    </message>
</context>
<context>
    <name>RegisterAppPage</name>
    <message>
        <source>Register your app</source>
        <translation>Enregistrer votre application</translation>
    </message>
    <message>
        <source>The provider must know Grantline as an app before you can sign in.</source>
        <translation>Le fournisseur doit connaître Grantline en tant qu’application avant que vous puissiez vous connecter.</translation>
    </message>
    <message>
        <source>Which type of app did you register?</source>
        <translation>Quel type d’application avez-vous enregistré ?</translation>
    </message>
    <message>
        <source>Desktop, Mobile, Single-Page App — recommended: no secret to keep, PKCE protects the sign-in</source>
        <translation>Desktop, Mobile, Single-Page App — recommandé : aucun secret à conserver, PKCE protège la connexion</translation>
    </message>
    <message>
        <source>Public (desktop or native) app — no client secret; PKCE protects the sign-in</source>
        <translation>Application publique (de bureau ou native) — sans secret client ; PKCE protège la connexion</translation>
    </message>
    <message>
        <source>Traditional Web App — has a client secret, which Grantline keeps in your keychain</source>
        <translation>Traditional Web App — possède un secret client, que Grantline conserve dans votre trousseau</translation>
    </message>
    <message>
        <source>Confidential app — has a client secret, which Grantline keeps in your keychain</source>
        <translation>Application confidentielle — possède un secret client, que Grantline conserve dans votre trousseau</translation>
    </message>
    <message>
        <source>Server-to-Server — the app gets its own tokens; nobody signs in</source>
        <translation>Server-to-Server — l’application obtient ses propres jetons ; personne ne se connecte</translation>
    </message>
    <message>
        <source>Machine to machine (client credentials) — nobody signs in</source>
        <translation>De machine à machine (identifiants client) — personne ne se connecte</translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation>URL de &amp;rappel :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the callback URL, to paste it in the provider&apos;s portal</source>
        <translation>Copier l’URL de rappel pour la coller dans le portail du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Open portal</source>
        <translation>&amp;Ouvrir le portail</translation>
    </message>
    <message>
        <source>Open the provider&apos;s app registration page in your browser</source>
        <translation>Ouvrir dans votre navigateur la page d’enregistrement d’application du fournisseur</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>The port on this computer that receives the sign-in. Any free port from 1024 up works; the URL registered must use the same.</source>
        <translation>Le port de cet ordinateur qui reçoit la connexion. Tout port libre à partir de 1024 convient ; l’URL enregistrée doit utiliser le même.</translation>
    </message>
    <message>
        <source>Any free port (the provider accepts every port on 127.0.0.1)</source>
        <translation>N’importe quel port libre (le fournisseur accepte tous les ports sur 127.0.0.1)</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://aps.autodesk.com/myapps/&quot;&gt;aps.autodesk.com&lt;/a&gt; and open &lt;b&gt;My applications&lt;/b&gt; (you need a developer hub; the portal offers to create one).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create application&lt;/b&gt;, give it a name and choose the type below — &lt;b&gt;Desktop, Mobile, Single-Page App&lt;/b&gt; unless you have a reason not to.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API Access&lt;/b&gt;, tick the APIs you want to load data from (Data Management for hubs, projects and files).&lt;/li&gt;&lt;li&gt;Paste the callback URL below into &lt;b&gt;Callback URL&lt;/b&gt;, exactly, and click &lt;b&gt;Save changes&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Client ID&lt;/b&gt; (and the secret, for a web app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Connectez-vous sur &lt;a href=&quot;https://aps.autodesk.com/myapps/&quot;&gt;aps.autodesk.com&lt;/a&gt; et ouvrez &lt;b&gt;My applications&lt;/b&gt; (il vous faut un hub de développeur ; le portail propose d’en créer un).&lt;/li&gt;&lt;li&gt;Cliquez sur &lt;b&gt;Create application&lt;/b&gt;, donnez-lui un nom et choisissez le type ci-dessous — &lt;b&gt;Desktop, Mobile, Single-Page App&lt;/b&gt;, sauf raison contraire.&lt;/li&gt;&lt;li&gt;Sous &lt;b&gt;API Access&lt;/b&gt;, cochez les API dont vous voulez charger les données (Data Management pour les hubs, projets et fichiers).&lt;/li&gt;&lt;li&gt;Collez l’URL de rappel ci-dessous dans &lt;b&gt;Callback URL&lt;/b&gt;, à l’identique, puis cliquez sur &lt;b&gt;Save changes&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copiez le &lt;b&gt;Client ID&lt;/b&gt; (et le secret, pour une application web) pour la page suivante.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The sandbox has apps registered already: &lt;b&gt;sandbox-desktop-app&lt;/b&gt; (desktop, no secret), &lt;b&gt;sandbox-web-app&lt;/b&gt; (web app with a secret) and &lt;b&gt;sandbox-server-app&lt;/b&gt; (server to server). Choose a type; the next page fills in its client ID and secret.</source>
        <translation>Le bac à sable a déjà des applications enregistrées : &lt;b&gt;sandbox-desktop-app&lt;/b&gt; (bureau, sans secret), &lt;b&gt;sandbox-web-app&lt;/b&gt; (application web avec secret) et &lt;b&gt;sandbox-server-app&lt;/b&gt; (serveur à serveur). Choisissez un type ; la page suivante renseigne son ID client et son secret.</translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the provider&apos;s developer console (&lt;b&gt;Open portal&lt;/b&gt; takes you to the issuer&apos;s site).&lt;/li&gt;&lt;li&gt;Register a new app, preferably a &lt;b&gt;native&lt;/b&gt; or &lt;b&gt;public&lt;/b&gt; client with PKCE.&lt;/li&gt;&lt;li&gt;Add the callback URL below as a redirect URI.&lt;/li&gt;&lt;li&gt;Copy the client ID (and the secret, for a confidential app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;&lt;li&gt;Ouvrez la console développeur du fournisseur (&lt;b&gt;Ouvrir le portail&lt;/b&gt; vous mène au site de l’émetteur).&lt;/li&gt;&lt;li&gt;Enregistrez une nouvelle application, de préférence un client &lt;b&gt;natif&lt;/b&gt; ou &lt;b&gt;public&lt;/b&gt; avec PKCE.&lt;/li&gt;&lt;li&gt;Ajoutez l’URL de rappel ci-dessous comme URI de redirection.&lt;/li&gt;&lt;li&gt;Copiez l’ID client (et le secret, pour une application confidentielle) pour la page suivante.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>A server-to-server app needs no callback URL.</source>
        <translation>Une application serveur à serveur n’a pas besoin d’URL de rappel.</translation>
    </message>
    <message>
        <source>APS compares the callback URL character for character, port included: register exactly this URL. If the port is taken on this computer, choose another one here and register that URL too.</source>
        <translation>APS compare l’URL de rappel caractère par caractère, port compris : enregistrez exactement cette URL. Si le port est déjà pris sur cet ordinateur, choisissez-en un autre ici et enregistrez aussi cette URL.</translation>
    </message>
    <message>
        <source>Register it without a port, or as shown: Grantline listens on a free port each time you sign in.</source>
        <translation>Enregistrez-la sans port, ou telle qu’affichée : Grantline écoute sur un port libre à chaque connexion.</translation>
    </message>
    <message>
        <source>Register exactly this URL.</source>
        <translation>Enregistrez exactement cette URL.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program right now. Choose another port, or close that program before you sign in.</source>
        <translation>Le port %1 est actuellement utilisé par un autre programme. Choisissez un autre port, ou fermez ce programme avant de vous connecter.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No browser could be opened; the portal&apos;s address (%1) is on the clipboard.</source>
        <translation>Aucun navigateur n’a pu être ouvert ; l’adresse du portail (%1) est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>RelationalNormalizer</name>
    <message>
        <source>The table name &quot;%1&quot; has no letters or digits to make a name from.</source>
        <translation>Le nom de table &quot;%1&quot; n’a ni lettres ni chiffres pour en faire un nom.</translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is already the child table of %2.</source>
        <translation>Le nom de table &quot;%1&quot; est déjà la table enfant de %2.</translation>
    </message>
    <message>
        <source>Table %1, column %2: a %3 value where only %4 fits, and a variant column cannot have variants of its own.</source>
        <translation>Table %1, colonne %2 : une valeur %3 là où seul %4 convient, et une colonne variante ne peut pas avoir ses propres variantes.</translation>
    </message>
    <message>
        <source>Table %1: a record without a value for its key column %2.</source>
        <translation>Table %1 : un enregistrement sans valeur pour sa colonne clé %2.</translation>
    </message>
    <message>
        <source>Table %1: a record without a %3 value for its key column %2 (missing, null, or of another type).</source>
        <translation>Table %1 : un enregistrement sans valeur %3 pour sa colonne clé %2 (absente, null ou d’un autre type).</translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>Bearer token</source>
        <translation>Jeton bearer</translation>
    </message>
    <message>
        <source>API key in header %1</source>
        <translation>Clé d’API dans l’en-tête %1</translation>
    </message>
    <message>
        <source>API key in query parameter %1</source>
        <translation>Clé d’API dans le paramètre de requête %1</translation>
    </message>
    <message>
        <source>API key in cookie %1</source>
        <translation>Clé d’API dans le cookie %1</translation>
    </message>
    <message>
        <source>HTTP basic as %1</source>
        <translation>HTTP basic en tant que %1</translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; has an unpaired brace.</source>
        <translation>&quot;%1&quot; a une accolade sans paire.</translation>
    </message>
    <message>
        <source>The parent record has no value for {%1}.</source>
        <translation>L’enregistrement parent n’a pas de valeur pour {%1}.</translation>
    </message>
    <message>
        <source>Nothing fills {%1} in &quot;%2&quot; of resource &quot;%3&quot;.</source>
        <translation>Rien ne remplit {%1} dans &quot;%2&quot; de la ressource &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Every endpoint</source>
        <translation>Tous les points d’accès</translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation>Enregistrer le journal des requêtes</translation>
    </message>
    <message>
        <source>Text files (*.txt *.tsv)</source>
        <translation>Fichiers texte (*.txt *.tsv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Show the requests of</source>
        <translation>Afficher les requêtes de</translation>
    </message>
    <message>
        <source>Failures and retries &amp;only</source>
        <translation>Échecs et nouvelles tentatives s&amp;eulement</translation>
    </message>
    <message>
        <source>Show failures and retries only</source>
        <translation>N’afficher que les échecs et nouvelles tentatives</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy the requests shown</source>
        <translation>Copier les requêtes affichées</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Enre&amp;gistrer…</translation>
    </message>
    <message>
        <source>Save the requests shown as text</source>
        <translation>Enregistrer les requêtes affichées en texte</translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation>Requêtes de l’exécution</translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation>Afficher les réponses</translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation>Toutes les réponses</translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation>Réussies (2xx)</translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation>Refusées (4xx)</translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation>Erreurs du serveur (5xx)</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Notes: paginator, tokens</source>
        <translation>Notes : paginateur, jetons</translation>
    </message>
</context>
<context>
    <name>ResourceAuths</name>
    <message>
        <source>no credentials were given</source>
        <translation>aucun identifiant n’a été fourni</translation>
    </message>
</context>
<context>
    <name>ResourceRequest</name>
    <message>
        <source>its address is on %1, not on %2. Its credentials and headers go only to base_url&apos;s origin (or the one its path names in the file), so the request was not made.</source>
        <translation>son adresse est sur %1, pas sur %2. Ses identifiants et ses en-têtes ne sont envoyés qu’à l’origine de base_url (ou à celle que son chemin désigne dans le fichier) : la requête n’a donc pas été faite.</translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation>Export arrêté ; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>RowFetcher</name>
    <message>
        <source>The row is no longer in the table.</source>
        <translation>La ligne n’est plus dans la table.</translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>There is an empty choice between two | in &quot;%1&quot;.</source>
        <translation>Il y a un choix vide entre deux | dans « %1 ».</translation>
    </message>
    <message>
        <source>Nothing follows the ! in &quot;%1&quot;: write what the rows must not be.</source>
        <translation>Rien ne suit le ! dans « %1 » : écrivez ce que les lignes ne doivent pas être.</translation>
    </message>
    <message>
        <source>Nothing follows %1: write the value to compare with, as in %1 5.</source>
        <translation>Rien ne suit %1 : écrivez la valeur à comparer, comme dans %1 5.</translation>
    </message>
    <message>
        <source>A range needs at least one end, as in 1..10, ..10 or 1..</source>
        <translation>Un intervalle demande au moins une borne, comme 1..10, ..10 ou 1..</translation>
    </message>
</context>
<context>
    <name>RowsTransfer</name>
    <message>
        <source>Copied the first %1 rows; export the rest.</source>
        <translation>Les %1 premières lignes ont été copiées ; exportez le reste.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>%n ligne copiée.</numerusform>
            <numerusform>%n lignes copiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation>Exporter les lignes</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl *.ndjson)</source>
        <translation>CSV (*.csv);;JSON lines (*.jsonl *.ndjson)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>Wrote %2 rows to %1.</source>
        <translation>%2 lignes écrites dans %1.</translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Back to the rows shown before (%1)</source>
        <translation>Revenir aux lignes affichées avant (%1)</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation>Avancer à nouveau (%1)</translation>
    </message>
    <message>
        <source>Record as &amp;JSON</source>
        <translation>Enregistrement en &amp;JSON</translation>
    </message>
    <message>
        <source>The record this row came from, rebuilt as the API sent it</source>
        <translation>L’enregistrement dont vient cette ligne, reconstruit tel que l’API l’a envoyé</translation>
    </message>
    <message>
        <source>View &amp;Cell</source>
        <translation>Voir la &amp;cellule</translation>
    </message>
    <message>
        <source>The rows that hang from this row in a child table</source>
        <translation>Les lignes qui dépendent de cette ligne dans une table enfant</translation>
    </message>
    <message>
        <source>&amp;Parent Row</source>
        <translation>Ligne pa&amp;rente</translation>
    </message>
    <message>
        <source>The row this row hangs from</source>
        <translation>La ligne dont dépend cette ligne</translation>
    </message>
    <message>
        <source>Rows of This &amp;Load</source>
        <translation>Lignes de ce c&amp;hargement</translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation>Copier en TSV</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Exp&amp;orter…</translation>
    </message>
    <message>
        <source>Write these rows (filters and sort as shown) to CSV or JSON lines</source>
        <translation>Écrire ces lignes (filtres et tri tels qu’affichés) en CSV ou en JSON lines</translation>
    </message>
    <message>
        <source>Filter This Column</source>
        <translation>Filtrer cette colonne</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>File Order</source>
        <translation>Ordre du fichier</translation>
    </message>
    <message>
        <source>Rows of the table</source>
        <translation>Lignes de la table</translation>
    </message>
    <message>
        <source>Rows of the result</source>
        <translation>Lignes du résultat</translation>
    </message>
    <message>
        <source>Child Rows</source>
        <translation>Lignes enfants</translation>
    </message>
    <message>
        <source>Child rows</source>
        <translation>Lignes enfants</translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation>Lignes affichées</translation>
    </message>
    <message>
        <source>Row count</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <source>view %1</source>
        <translation>vue %1</translation>
    </message>
    <message>
        <source>Counting… %1 rows so far</source>
        <translation>Comptage… %1 lignes pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 matching rows so far</source>
        <translation>Comptage… %1 lignes correspondantes pour l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n matching row(s)</source>
        <translation>
            <numerusform>%n ligne correspondante</numerusform>
            <numerusform>%n lignes correspondantes</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter of %1 is left out: %2</source>
        <translation>Le filtre de %1 est ignoré : %2</translation>
    </message>
    <message>
        <source>%1 under row %2 of %3</source>
        <translation>%1 sous la ligne %2 de %3</translation>
    </message>
    <message>
        <source>the %1 row that row %2 of %3 hangs from</source>
        <translation>la ligne de %1 dont dépend la ligne %2 de %3</translation>
    </message>
    <message>
        <source>%1 of load %2</source>
        <translation>%1 du chargement %2</translation>
    </message>
    <message>
        <source>The row&apos;s load cannot be found.</source>
        <translation>Le chargement de la ligne est introuvable.</translation>
    </message>
    <message>
        <source>Record of row %1 in %2</source>
        <translation>Enregistrement de la ligne %1 de %2</translation>
    </message>
    <message>
        <source>%1 of row %2 in %3</source>
        <translation>%1 de la ligne %2 de %3</translation>
    </message>
    <message>
        <source>Child Ro&amp;ws</source>
        <translation>Lignes en&amp;fants</translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation>Sélectionner toutes les lignes</translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation>Impossible d’enregistrer l’exécution dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot record the run in %1: another run holds it.</source>
        <translation>Impossible d’enregistrer l’exécution dans %1 : une autre exécution le tient.</translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>loaded (not by Grantline)</source>
        <translation>chargé (pas par Grantline)</translation>
    </message>
    <message>
        <source>not completed</source>
        <translation>non terminé</translation>
    </message>
    <message>
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation>%1 : %2 lignes</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>Requests: %1 (%2 failed); retries: %3; token renewals: %4</source>
        <translation>Requêtes : %1 (%2 en échec) ; nouvelles tentatives : %3 ; renouvellements de jeton : %4</translation>
    </message>
    <message>
        <source>Received: %1 in %2 of waiting for answers</source>
        <translation>Reçu : %1 en %2 d’attente des réponses</translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation>Par statut : %1</translation>
    </message>
    <message>
        <source>Load %1 is in the file, loaded by another program (dlt) or before Grantline kept a record of its runs: its counts and requests are not known.</source>
        <translation>Le chargement %1 est dans le fichier, fait par un autre programme (dlt) ou avant que Grantline ne garde trace de ses exécutions : ses comptes et requêtes ne sont pas connus.</translation>
    </message>
    <message>
        <source>This load is no longer in the file (a full refresh or another file replaced it).</source>
        <translation>Ce chargement n’est plus dans le fichier (une actualisation complète ou un autre fichier l’a remplacé).</translation>
    </message>
    <message>
        <source>Cancelled; nothing of this run was kept.</source>
        <translation>Annulée ; rien de cette exécution n’a été gardé.</translation>
    </message>
    <message>
        <source>Failed; nothing of this run was kept.
%1</source>
        <translation>Échouée ; rien de cette exécution n’a été gardé.
%1</translation>
    </message>
    <message>
        <source>  %1: %2 records</source>
        <translation>  %1 : %2 enregistrements</translation>
    </message>
    <message>
        <source>Extracted before it ended:
%1</source>
        <translation>Extrait avant la fin :
%1</translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <source>Runs of this pipeline, newest first</source>
        <translation>Exécutions de ce pipeline, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>What the chosen run did</source>
        <translation>Ce qu’a fait l’exécution choisie</translation>
    </message>
    <message>
        <source>About the run history</source>
        <translation>À propos de l’historique des exécutions</translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation>Lecture des exécutions…</translation>
    </message>
    <message>
        <source>No run yet: press Run (F5) to load the ticked endpoints.</source>
        <translation>Aucune exécution pour l’instant : appuyez sur Exécuter (F5) pour charger les points d’accès cochés.</translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first. Choose one to see what it did.</source>
        <translation>
            <numerusform>%n exécution, la plus récente d’abord. Choisissez-en une pour voir ce qu’elle a fait.</numerusform>
            <numerusform>%n exécutions, les plus récentes d’abord. Choisissez-en une pour voir ce qu’elle a fait.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s own list of loads could not be read: %1</source>
        <translation>La liste des chargements du fichier n’a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>RunJob</name>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Ouverture de %1</translation>
    </message>
    <message>
        <source> Nothing of this run was saved; the next run starts where the last completed one ended.</source>
        <translation> Rien de cette exécution n’a été enregistré ; la prochaine exécution reprendra là où la dernière exécution terminée s’est arrêtée.</translation>
    </message>
    <message>
        <source>Saving the load into %1</source>
        <translation>Enregistrement du chargement dans %1</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>L’importation</translation>
    </message>
    <message>
        <source>The run</source>
        <translation>L’exécution</translation>
    </message>
    <message>
        <source>Reading the secrets of %1</source>
        <translation>Lecture des secrets de %1</translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>A run of this pipeline is in progress already.</source>
        <translation>Une exécution de ce pipeline est déjà en cours.</translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation>Actualisation complète</translation>
    </message>
    <message>
        <source>A full refresh drops what &quot;%1&quot; loaded before (its tables and its incremental state) and loads everything again. Go on?</source>
        <translation>Une actualisation complète supprime ce que &quot;%1&quot; a chargé auparavant (ses tables et son état incrémental) et recharge tout. Continuer ?</translation>
    </message>
    <message>
        <source>&amp;Refresh fully</source>
        <translation>&amp;Tout actualiser</translation>
    </message>
    <message>
        <source>Cancelling: the file is put back as it was…</source>
        <translation>Annulation : le fichier est remis tel qu’il était…</translation>
    </message>
    <message>
        <source>Loaded in %1.</source>
        <translation>Chargé en %1.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept (Shift+F5)</source>
        <translation>Arrêter l’exécution ; rien n’en est gardé (Maj+F5)</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>Annuler l’exécution</translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation>Actualisation &amp;complète</translation>
    </message>
    <message>
        <source>Drop what was loaded before and load everything again (asks first)</source>
        <translation>Supprimer ce qui a été chargé auparavant et tout recharger (demande d’abord)</translation>
    </message>
    <message>
        <source>Full refresh on the next run</source>
        <translation>Actualisation complète à la prochaine exécution</translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation>Avancement de l’exécution</translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation>État de l’exécution</translation>
    </message>
    <message>
        <source>Why the run failed</source>
        <translation>Pourquoi l’exécution a échoué</translation>
    </message>
    <message>
        <source>Progress of each endpoint</source>
        <translation>Avancement de chaque point d’accès</translation>
    </message>
    <message>
        <source>What the run loaded</source>
        <translation>Ce que l’exécution a chargé</translation>
    </message>
    <message>
        <source>paginator detected: %1</source>
        <translation>paginateur détecté : %1</translation>
    </message>
    <message>
        <source>attempt %1 failed, trying again in %2 s: %3</source>
        <translation>la tentative %1 a échoué, nouvel essai dans %2 s : %3</translation>
    </message>
    <message>
        <source>Details of the run</source>
        <translation>Détails de l’exécution</translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation>&amp;Journal des requêtes</translation>
    </message>
    <message>
        <source>Load &amp;info</source>
        <translation>&amp;Infos de chargement</translation>
    </message>
    <message>
        <source>token renewal failed: %1</source>
        <translation>échec du renouvellement du jeton : %1</translation>
    </message>
    <message>
        <source>the API answered 401: token renewed, the request sent again</source>
        <translation>l’API a répondu 401 : jeton renouvelé, requête renvoyée</translation>
    </message>
    <message>
        <source>token renewed before it ran out</source>
        <translation>jeton renouvelé avant son expiration</translation>
    </message>
    <message numerus="yes">
        <source>last page after %n page(s): %1</source>
        <translation>
            <numerusform>dernière page après %n page : %1</numerusform>
            <numerusform>dernière page après %n pages : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation>%1 : chargé</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded into %1 in %2.</source>
        <translation>
            <numerusform>%n enregistrement chargé dans %1 en %2.</numerusform>
            <numerusform>%n enregistrements chargés dans %1 en %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the run failed</source>
        <translation>%1 : l’exécution a échoué</translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation>%1

Détails : %2</translation>
    </message>
    <message>
        <source>Ready once the API&apos;s wait is over</source>
        <translation>Prêt une fois l’attente demandée par l’API écoulée</translation>
    </message>
    <message>
        <source>%1 — %2 records, %3 rows</source>
        <translation>%1 — %2 enregistrements, %3 lignes</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>the run stopped here: %1</source>
        <translation>l’exécution s’est arrêtée ici : %1</translation>
    </message>
    <message>
        <source>Open &amp;Data</source>
        <translation>Ouvrir les &amp;données</translation>
    </message>
    <message>
        <source>Open the SQLite file the run loaded</source>
        <translation>Ouvrir le fichier SQLite que l’exécution a chargé</translation>
    </message>
    <message>
        <source>Open the data the run loaded</source>
        <translation>Ouvrir les données que l’exécution a chargées</translation>
    </message>
    <message>
        <source>every request to %1 waits %2 s: the API asked to be left alone for a while</source>
        <translation>chaque requête vers %1 attend %2 s : l’API a demandé qu’on la laisse tranquille un moment</translation>
    </message>
    <message>
        <source>Cancelled: the data and its state are as before the run.</source>
        <translation>Annulé : les données et leur état sont comme avant l’exécution.</translation>
    </message>
    <message>
        <source>The run failed; the data and its state are as before it.</source>
        <translation>L’exécution a échoué ; les données et leur état sont comme avant.</translation>
    </message>
</context>
<context>
    <name>RunProgressModel</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>fetching</source>
        <translation>récupération</translation>
    </message>
    <message>
        <source>loading</source>
        <translation>chargement</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d’accès</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation>Enregistrements/s</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Écoulé</translation>
    </message>
    <message>
        <source>Retries</source>
        <translation>Nouvelles tentatives</translation>
    </message>
</context>
<context>
    <name>SchemaModel</name>
    <message numerus="yes">
        <source>%1, %n column(s)</source>
        <translation>
            <numerusform>%1, %n colonne</numerusform>
            <numerusform>%1, %n colonnes</numerusform>
        </translation>
    </message>
    <message>
        <source>child of %1</source>
        <translation>enfant de %1</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>non null</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>merge key</source>
        <translation>clé de fusion</translation>
    </message>
    <message>
        <source>row key</source>
        <translation>clé de ligne</translation>
    </message>
    <message>
        <source>parent key</source>
        <translation>clé parente</translation>
    </message>
    <message>
        <source>root key</source>
        <translation>clé racine</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>variante</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>dlt system tables</source>
        <translation>Tables système de dlt</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vue</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>point d’accès %1</translation>
    </message>
    <message>
        <source>rows hang from %1</source>
        <translation>les lignes dépendent de %1</translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation>Colonnes (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>nullable</source>
        <translation>peut être NULL</translation>
    </message>
    <message>
        <source>not null</source>
        <translation>non NULL</translation>
    </message>
    <message>
        <source>primary key</source>
        <translation>clé primaire</translation>
    </message>
    <message>
        <source>merge key</source>
        <translation>clé de fusion</translation>
    </message>
    <message>
        <source>variant: values of another type</source>
        <translation>variante : valeurs d’un autre type</translation>
    </message>
    <message>
        <source>dlt&apos;s own</source>
        <translation>propre à dlt</translation>
    </message>
    <message>
        <source>added by load %1</source>
        <translation>ajoutée par le chargement %1</translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it lets Grantline do</source>
        <translation>Ce qu’elle permet à Grantline</translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>confirm who you are</source>
        <translation>confirmer votre identité</translation>
    </message>
    <message>
        <source>read your name and profile</source>
        <translation>lire votre nom et votre profil</translation>
    </message>
    <message>
        <source>read your email address</source>
        <translation>lire votre adresse e-mail</translation>
    </message>
    <message>
        <source>stay signed in (a refresh token)</source>
        <translation>rester connecté (un jeton d’actualisation)</translation>
    </message>
    <message>
        <source>read your postal address</source>
        <translation>lire votre adresse postale</translation>
    </message>
    <message>
        <source>read your phone number</source>
        <translation>lire votre numéro de téléphone</translation>
    </message>
    <message>
        <source>defined by the provider</source>
        <translation>défini par le fournisseur</translation>
    </message>
    <message>
        <source>Choose what Grantline may do</source>
        <translation>Choisir ce que Grantline peut faire</translation>
    </message>
    <message>
        <source>Ask only for what you need; the provider shows this list when you sign in.</source>
        <translation>Ne demandez que ce dont vous avez besoin ; le fournisseur affiche cette liste lors de la connexion.</translation>
    </message>
    <message>
        <source>&amp;Other scopes:</source>
        <translation>&amp;Autres portées :</translation>
    </message>
    <message>
        <source>Scopes the list does not have, separated by spaces</source>
        <translation>Portées absentes de la liste, séparées par des espaces</translation>
    </message>
    <message>
        <source>Scopes to ask for, and what each allows</source>
        <translation>Portées à demander, et ce que chacune permet</translation>
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
    <name>SecretLookupJob</name>
    <message>
        <source>Looking up the pipeline&apos;s secrets</source>
        <translation>Recherche des secrets du pipeline</translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; (store it with: grantline-cli secret set %2)%3</source>
        <translation>l’entrée de trousseau &quot;%1&quot; (enregistrez-la avec : grantline-cli secret set %2)%3</translation>
    </message>
    <message>
        <source>the keychain (not used here)</source>
        <translation>le trousseau (non utilisé ici)</translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; was found neither in %2 nor in the environment (%3).</source>
        <translation>Le secret &quot;%1&quot; n’a été trouvé ni dans %2 ni dans l’environnement (%3).</translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Store Secret</source>
        <translation>Enregistrer un secret</translation>
    </message>
    <message>
        <source>Name of the secret</source>
        <translation>Nom du secret</translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation>lettres, chiffres et _</translation>
    </message>
    <message>
        <source>Value of the secret</source>
        <translation>Valeur du secret</translation>
    </message>
    <message>
        <source>The value is kept in %1, never in the pipeline file; the file names it {secrets.NAME}.</source>
        <translation>La valeur est gardée dans %1, jamais dans le fichier du pipeline ; le fichier la nomme {secrets.NAME}.</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>A secret&apos;s name starts with a letter and holds letters, digits and _ only (at most 64).</source>
        <translation>Le nom d’un secret commence par une lettre et ne contient que des lettres, des chiffres et _ (64 au plus).</translation>
    </message>
    <message>
        <source>That looks like the secret&apos;s value, not its name: give it a short name such as shop_api_key, and the value below.</source>
        <translation>Cela ressemble à la valeur du secret, pas à son nom : donnez-lui un nom court comme shop_api_key, et la valeur en dessous.</translation>
    </message>
</context>
<context>
    <name>SecretStorer</name>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation>%1 ne garde les secrets que jusqu’à la fermeture de Grantline ; le pipeline ne pourrait plus s’exécuter ensuite. Rendez d’abord le trousseau disponible.</translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation>Enregistrer un secret</translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation>Le secret n’a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>The keychain already holds a secret named %1. Replace it? Every pipeline that uses {secrets.%1} will use the new value.</source>
        <translation>Le trousseau contient déjà un secret nommé %1. Le remplacer ? Chaque pipeline qui utilise {secrets.%1} utilisera la nouvelle valeur.</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>The keychain could not be read, so nothing was stored: %1</source>
        <translation>Le trousseau n’a pas pu être lu, donc rien n’a été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Default &amp;callback port:</source>
        <translation>Port de &amp;rappel par défaut :</translation>
    </message>
    <message>
        <source>The port new connections use in their callback URL when the provider needs a fixed one (APS)</source>
        <translation>Le port que les nouvelles connexions utilisent dans leur URL de rappel quand le fournisseur exige un port fixe (APS)</translation>
    </message>
    <message>
        <source>&amp;Browser:</source>
        <translation>&amp;Navigateur :</translation>
    </message>
    <message>
        <source>Where the sign-in page opens</source>
        <translation>Où s’ouvre la page de connexion</translation>
    </message>
    <message>
        <source>Open the system&apos;s browser</source>
        <translation>Ouvrir le navigateur du système</translation>
    </message>
    <message>
        <source>Copy the link; I open it myself</source>
        <translation>Copier le lien ; je l’ouvre moi-même</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Store and remove a throwaway entry to see whether secrets can be kept now</source>
        <translation>Enregistrer puis supprimer une entrée jetable pour voir si les secrets peuvent être conservés maintenant</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>Testing the keychain…</source>
        <translation>Test du trousseau…</translation>
    </message>
    <message>
        <source>Available.</source>
        <translation>Disponible.</translation>
    </message>
    <message>
        <source>Locked: unlock it, then test again.</source>
        <translation>Verrouillé : déverrouillez-le, puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Missing: no keychain answered. Start one (gnome-keyring or KeePassXC&apos;s Secret Service), then test again.</source>
        <translation>Absent : aucun trousseau n’a répondu. Démarrez-en un (gnome-keyring ou le Secret Service de KeePassXC), puis testez à nouveau.</translation>
    </message>
    <message>
        <source>Not usable right now.</source>
        <translation>Inutilisable pour le moment.</translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation>Ouverture de votre navigateur pour la connexion. S’il ne s’ouvre pas, allez à :</translation>
    </message>
    <message>
        <source>The browser could not be started; open the address above yourself.</source>
        <translation>Le navigateur n’a pas pu être lancé ; ouvrez vous-même l’adresse ci-dessus.</translation>
    </message>
    <message>
        <source>usage: login NAME [--no-browser]</source>
        <translation>utilisation : login NAME [--no-browser]</translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot;; the token %2.</source>
        <translation>Connecté à &quot;%1&quot; ; le jeton %2.</translation>
    </message>
    <message>
        <source>The tokens are kept in memory only and are gone when this command ends.</source>
        <translation>Les jetons ne sont gardés qu’en mémoire et disparaissent à la fin de cette commande.</translation>
    </message>
    <message>
        <source>usage: logout NAME</source>
        <translation>utilisation : logout NAME</translation>
    </message>
    <message>
        <source>To end the session in your browser too, open:</source>
        <translation>Pour terminer aussi la session dans votre navigateur, ouvrez :</translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation>Déconnecté de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its client secret, which is in the keychain: a --session-only command cannot sign it in.</source>
        <translation>&quot;%1&quot; a besoin de son secret client, qui est dans le trousseau : une commande --session-only ne peut pas le connecter.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The connection or its keychain entry cannot be read: %1</source>
        <translation>La connexion ou son entrée dans le trousseau est illisible : %1</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation>En attente de votre connexion et de votre autorisation d’accès dans le navigateur…</translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation>Aucun navigateur n’a été ouvert. Copiez l’adresse ci-dessous dans un navigateur, connectez-vous, puis revenez ici.</translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation>Échange du code contre des jetons…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Démarrage de la connexion…</translation>
    </message>
    <message>
        <source>%1 Edit the connection to use another port.</source>
        <translation>%1 Modifiez la connexion pour utiliser un autre port.</translation>
    </message>
    <message>
        <source>The connection was removed meanwhile; nothing was saved.</source>
        <translation>La connexion a été supprimée entre-temps ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Saving the tokens to your keychain…</source>
        <translation>Enregistrement des jetons dans votre trousseau…</translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1</source>
        <translation>Les jetons n’ont pas pu être enregistrés dans le trousseau : %1</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Another action on this connection is still running; try again when it has finished.</source>
        <translation>Une autre action sur cette connexion est en cours ; réessayez quand elle sera terminée.</translation>
    </message>
</context>
<context>
    <name>SignInJob</name>
    <message>
        <source>signing in to &quot;%1&quot;</source>
        <translation>la connexion à &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Your browser opens the provider&apos;s sign-in page. Come back here when it says you are done.</source>
        <translation>Votre navigateur ouvre la page de connexion du fournisseur. Revenez ici lorsqu’elle indique que c’est terminé.</translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation>&amp;Adresse de connexion :</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the address, to open it in another browser</source>
        <translation>Copier l’adresse pour l’ouvrir dans un autre navigateur</translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser once more</source>
        <translation>Ouvrir à nouveau la page de connexion dans le navigateur</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The sign-in address is on the clipboard: paste it into a browser, sign in there, and come back.</source>
        <translation>L’adresse de connexion est dans le presse-papiers : collez-la dans un navigateur, connectez-vous, puis revenez ici.</translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation>Aucun navigateur n’a été ouvert. Copiez l’adresse ci-dessous dans un navigateur, connectez-vous, puis revenez ici.</translation>
    </message>
    <message>
        <source>The browser came back. Exchanging the code for tokens…</source>
        <translation>Le navigateur est revenu. Échange du code contre des jetons…</translation>
    </message>
    <message>
        <source>Asking the provider for the app&apos;s own token…</source>
        <translation>Demande au fournisseur du jeton propre à l’application…</translation>
    </message>
    <message>
        <source>Signed in. Asking the provider who you are…</source>
        <translation>Connecté. Demande de votre identité au fournisseur…</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Démarrage de la connexion…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser… If the provider reports a wrong redirect or callback URL, the app registered there must have exactly %1 as its callback URL.</source>
        <translation>En attente de votre connexion et de votre autorisation d’accès dans le navigateur… Si le fournisseur signale une URL de redirection ou de rappel incorrecte, l’application qui y est enregistrée doit avoir exactement %1 comme URL de rappel.</translation>
    </message>
    <message>
        <source>the app itself (no person signs in)</source>
        <translation>l’application elle-même (personne ne se connecte)</translation>
    </message>
    <message>
        <source>Saving the connection; the tokens go to your keychain…</source>
        <translation>Enregistrement de la connexion ; les jetons vont dans votre trousseau…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>&amp;Choose another port</source>
        <translation>&amp;Choisir un autre port</translation>
    </message>
    <message>
        <source>&amp;Check the client ID and secret</source>
        <translation>&amp;Vérifier l’ID client et le secret</translation>
    </message>
    <message>
        <source>&amp;Check the app registration</source>
        <translation>&amp;Vérifier l’enregistrement de l’application</translation>
    </message>
    <message>
        <source>&amp;Choose another name</source>
        <translation>&amp;Choisir un autre nom</translation>
    </message>
</context>
<context>
    <name>SignOutJob</name>
    <message>
        <source>Signing out of &quot;%1&quot;</source>
        <translation>Déconnexion de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Revoking tokens of &quot;%1&quot;</source>
        <translation>Révocation des jetons de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no revocation endpoint; signing out forgets the tokens here.</source>
        <translation>Le fournisseur de &quot;%1&quot; n’a pas de point de terminaison de révocation ; la déconnexion oublie les jetons ici.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no such token to revoke.</source>
        <translation>&quot;%1&quot; n’a pas ce jeton à révoquer.</translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation>Le trousseau n’a pas pu être mis à jour : %1</translation>
    </message>
    <message>
        <source>The tokens of &quot;%1&quot; are forgotten here, but the provider did not confirm their revocation and may accept them until they expire. %2</source>
        <translation>Les jetons de &quot;%1&quot; sont oubliés ici, mais le fournisseur n’a pas confirmé leur révocation et peut les accepter jusqu’à leur expiration. %2</translation>
    </message>
</context>
<context>
    <name>SqlConsole</name>
    <message>
        <source>Run the statements (Ctrl+Enter)</source>
        <translation>Exécuter les instructions (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop the statement running now (Esc)</source>
        <translation>Arrêter l’instruction en cours (Échap)</translation>
    </message>
    <message>
        <source>Allow &amp;Writing</source>
        <translation>Autoriser l’é&amp;criture</translation>
    </message>
    <message>
        <source>Off: the file is opened read-only, so nothing can change it by accident</source>
        <translation>Désactivé : le fichier est ouvert en lecture seule, rien ne peut le modifier par accident</translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation>Instructions SQL</translation>
    </message>
    <message>
        <source>SELECT … — Ctrl+Enter runs, Ctrl+Space completes table and column names</source>
        <translation>SELECT … — Ctrl+Entrée exécute, Ctrl+Espace complète les noms de tables et de colonnes</translation>
    </message>
    <message>
        <source>Statements run before on this database</source>
        <translation>Instructions déjà exécutées sur cette base</translation>
    </message>
    <message>
        <source>Outcome of the statements</source>
        <translation>Résultat des instructions</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>Result of the last statement that returned rows</source>
        <translation>Résultat de la dernière instruction ayant renvoyé des lignes</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n ligne en %1 ms.</numerusform>
            <numerusform>%n lignes en %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Terminé en %1 ms.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed.</source>
        <translation>
            <numerusform>%n ligne modifiée.</numerusform>
            <numerusform>%n lignes modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 ms; nothing after the stop was run.</source>
        <translation>Arrêté après %1 ms ; rien n’a été exécuté après l’arrêt.</translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation>Ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>Allow Writing</source>
        <translation>Autoriser l’écriture</translation>
    </message>
    <message>
        <source>Statements run in the console will be able to change or delete the loaded data in %1. A run loading into the file waits while a statement writes.</source>
        <translation>Les instructions exécutées dans la console pourront modifier ou supprimer les données chargées dans %1. Un chargement vers ce fichier attend pendant qu’une instruction écrit.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Exécuter</translation>
    </message>
    <message>
        <source>A transaction the statements began was still open: it was rolled back. End it with COMMIT in the same run to keep its changes.</source>
        <translation>Une transaction ouverte par les instructions l’était encore : elle a été annulée. Terminez-la par COMMIT dans la même exécution pour garder ses modifications.</translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>There is no database at %1.</source>
        <translation>Il n’y a pas de base de données à %1.</translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation>Impossible de créer la base de données %1 : le dossier %2 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1 : %2</translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this load was saved. Free some space and run again.</source>
        <translation>Le disque qui contient %1 est plein ; rien de ce chargement n’a été enregistré. Libérez de l’espace et relancez.</translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing of this load was saved. Check the file&apos;s permissions.</source>
        <translation>La base de données %1 est en lecture seule ; rien de ce chargement n’a été enregistré. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); nothing of this load was saved. The disk may be full or the file too large for this system.</source>
        <translation>L’écriture de %1 a échoué (%2) ; rien de ce chargement n’a été enregistré. Le disque est peut-être plein ou le fichier trop grand pour ce système.</translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it. Try again when it has finished.</source>
        <translation>La base de données %1 est occupée : un autre programme y écrit. Réessayez quand il aura fini.</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database (%2).</source>
        <translation>%1 n’est pas une base de données SQLite utilisable (%2).</translation>
    </message>
    <message>
        <source>SQLite failed at &quot;%1&quot; on %2: %3</source>
        <translation>SQLite a échoué à &quot;%1&quot; sur %2 : %3</translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite than Grantline (%1, not %2); Grantline cannot write through it safely.</source>
        <translation>Le pilote SQLite de Qt utilise un autre SQLite que Grantline (%1, pas %2) ; Grantline ne peut pas écrire à travers lui en sécurité.</translation>
    </message>
    <message>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or choose another file.</source>
        <translation>La base de données %1 est en lecture seule. Vérifiez les autorisations du fichier, ou choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>TestRequestDialog</name>
    <message>
        <source>&amp;Use these</source>
        <translation>&amp;Utiliser ceux-ci</translation>
    </message>
    <message>
        <source>Test request: %1</source>
        <translation>Test de la requête : %1</translation>
    </message>
    <message>
        <source>Sending the request of &quot;%1&quot;…</source>
        <translation>Envoi de la requête de &quot;%1&quot;…</translation>
    </message>
    <message>
        <source>Request and status</source>
        <translation>Requête et statut</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Ce qui n’a pas fonctionné</translation>
    </message>
    <message>
        <source>Data selector and paginator</source>
        <translation>Sélecteur de données et paginateur</translation>
    </message>
    <message>
        <source>Write the detected data selector and paginator into the endpoint</source>
        <translation>Écrire le sélecteur de données et le paginateur détectés dans le point d’accès</translation>
    </message>
    <message>
        <source>Use the detected data selector and paginator</source>
        <translation>Utiliser le sélecteur de données et le paginateur détectés</translation>
    </message>
    <message>
        <source>Find a key or value (Enter)</source>
        <translation>Rechercher une clé ou une valeur (Entrée)</translation>
    </message>
    <message>
        <source>Find in the answer</source>
        <translation>Rechercher dans la réponse</translation>
    </message>
    <message>
        <source>JSONPath, e.g. data[*]</source>
        <translation>JSONPath, p. ex. data[*]</translation>
    </message>
    <message>
        <source>JSONPath of the records</source>
        <translation>JSONPath des enregistrements</translation>
    </message>
    <message>
        <source>What the JSONPath picks</source>
        <translation>Ce que le JSONPath sélectionne</translation>
    </message>
    <message>
        <source>The answer&apos;s body</source>
        <translation>Le corps de la réponse</translation>
    </message>
    <message>
        <source>The answer&apos;s headers</source>
        <translation>Les en-têtes de la réponse</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>La réponse</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>&amp;Corps</translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation>&amp;En-têtes</translation>
    </message>
    <message>
        <source>%1 %2 — HTTP %3 — %4 ms — %5</source>
        <translation>%1 %2 — HTTP %3 — %4 ms — %5</translation>
    </message>
    <message>
        <source>%1 %2 — no answer</source>
        <translation>%1 %2 — aucune réponse</translation>
    </message>
    <message numerus="yes">
        <source>Data selector %1 (%2): %n record(s) on this page. Paginator %3 (%4).</source>
        <translation>
            <numerusform>Sélecteur de données %1 (%2) : %n enregistrement sur cette page. Paginateur %3 (%4).</numerusform>
            <numerusform>Sélecteur de données %1 (%2) : %n enregistrements sur cette page. Paginateur %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>from the file</source>
        <translation>du fichier</translation>
    </message>
    <message numerus="yes">
        <source>%1 picks %n record(s), marked in the tree.</source>
        <translation>
            <numerusform>%1 sélectionne %n enregistrement, marqué dans l’arbre.</numerusform>
            <numerusform>%1 sélectionne %n enregistrements, marqués dans l’arbre.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the answer.</source>
        <translation>&quot;%1&quot; ne figure pas dans la réponse.</translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation>&amp;Se reconnecter à %1…</translation>
    </message>
    <message>
        <source>Sign in to %1 again and send the request again</source>
        <translation>Se reconnecter à %1 et renvoyer la requête</translation>
    </message>
</context>
<context>
    <name>TestRequestJob</name>
    <message>
        <source>Testing the request of &quot;%1&quot;</source>
        <translation>Test de la requête de &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The pipeline has no resource named &quot;%1&quot;.</source>
        <translation>Le pipeline n’a pas de ressource nommée &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation>Ressource &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Signing in failed, so no request was sent (%1): %2 Sign in again, or check the client ID and secret.</source>
        <translation>La connexion a échoué, aucune requête n’a donc été envoyée (%1) : %2 Reconnectez-vous, ou vérifiez l’identifiant client et le secret.</translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not JSON: the path or base_url probably leads to a web page (a sign-in or error page) rather than the API. Check both.</source>
        <translation>%1 a répondu par une page HTML, pas du JSON : le chemin ou base_url mène sans doute à une page web (de connexion ou d’erreur) plutôt qu’à l’API. Vérifiez les deux.</translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON (%2). The API sent a broken answer: look at the body, and try again later.</source>
        <translation>La réponse de %1 n’est pas du JSON valide (%2). L’API a envoyé une réponse cassée : regardez le corps, et réessayez plus tard.</translation>
    </message>
    <message>
        <source>The data_selector &quot;%1&quot; of &quot;%2&quot; matches nothing in this answer (it has: %3). Pick the path of the records in the answer and use it as the data selector.</source>
        <translation>Le data_selector &quot;%1&quot; de &quot;%2&quot; ne trouve rien dans cette réponse (elle a : %3). Choisissez le chemin des enregistrements dans la réponse et prenez-le comme data selector.</translation>
    </message>
    <message>
        <source>The first page of &quot;%1&quot; has no records, so &quot;%2&quot; has nothing to fill its path (%3) with. Test &quot;%1&quot; to see what it answers.</source>
        <translation>La première page de &quot;%1&quot; n’a aucun enregistrement : &quot;%2&quot; n’a donc rien pour remplir son chemin (%3). Testez &quot;%1&quot; pour voir ce qu’elle répond.</translation>
    </message>
    <message>
        <source>%1 Sign in again, or check the secret the pipeline uses.</source>
        <translation>%1 Reconnectez-vous, ou vérifiez le secret qu’utilise le pipeline.</translation>
    </message>
    <message>
        <source>No answer came from %1: %2 Check the base_url and the network connection, then try again.</source>
        <translation>Aucune réponse n’est venue de %1 : %2 Vérifiez base_url et la connexion réseau, puis réessayez.</translation>
    </message>
    <message>
        <source>The API refused the credentials (HTTP 401 from %1). Sign in again, or check the secret or token the pipeline uses.</source>
        <translation>L’API a refusé les identifiants (HTTP 401 de %1). Reconnectez-vous, ou vérifiez le secret ou le jeton qu’utilise le pipeline.</translation>
    </message>
    <message>
        <source>The API accepted the credentials but does not allow this request (HTTP 403 from %1). Check that the app asks for the scopes this endpoint needs and that the account may see this data.</source>
        <translation>L’API a accepté les identifiants mais n’autorise pas cette requête (HTTP 403 de %1). Vérifiez que l’application demande les scopes dont ce point d’accès a besoin et que le compte peut voir ces données.</translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check the resource&apos;s path, &quot;%2&quot;, and the base_url.</source>
        <translation>Rien n’a été trouvé à %1 (HTTP 404). Vérifiez le chemin de la ressource, &quot;%2&quot;, et base_url.</translation>
    </message>
    <message>
        <source>The API failed with HTTP %1 at %2; the fault is on the server&apos;s side, not in the pipeline. Try again later, and if it persists, check the API&apos;s status page.</source>
        <translation>L’API a échoué avec HTTP %1 à %2 ; la faute est du côté du serveur, pas dans le pipeline. Réessayez plus tard et, si cela persiste, consultez la page d’état de l’API.</translation>
    </message>
    <message>
        <source>The API refused the request (%1). Check the resource&apos;s params, body and headers.</source>
        <translation>L’API a refusé la requête (%1). Vérifiez les paramètres, le corps et les en-têtes de la ressource.</translation>
    </message>
    <message>
        <source>The API is limiting how fast requests come (HTTP 429). Wait a minute, then try again.</source>
        <translation>L’API limite le rythme des requêtes (HTTP 429). Attendez une minute, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>The API is limiting how fast requests come (HTTP 429). Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>L’API limite le rythme des requêtes (HTTP 429). Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>L’API limite le rythme des requêtes (HTTP 429). Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation>La réponse n’est pas du JSON : %1</translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>usage: token show|verify|refresh|revoke|introspect NAME</source>
        <translation>utilisation : token show|verify|refresh|revoke|introspect NAME</translation>
    </message>
    <message>
        <source>usage: token show NAME [--json] [--reveal]</source>
        <translation>utilisation : token show NAME [--json] [--reveal]</translation>
    </message>
    <message>
        <source>Token of &quot;%1&quot;: %2</source>
        <translation>Jeton de &quot;%1&quot; : %2</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes : %1</translation>
    </message>
    <message>
        <source>No refresh token.</source>
        <translation>Pas de jeton d’actualisation.</translation>
    </message>
    <message>
        <source>A refresh token is stored.</source>
        <translation>Un jeton d’actualisation est enregistré.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation>Jeton d’accès : %1</translation>
    </message>
    <message>
        <source>%1 Run grantline-cli login %2.</source>
        <translation>%1 Lancez grantline-cli login %2.</translation>
    </message>
    <message>
        <source>Refreshed &quot;%1&quot;; the token %2.</source>
        <translation>&quot;%1&quot; actualisé ; le jeton %2.</translation>
    </message>
    <message>
        <source>usage: token revoke NAME [--access|--refresh|--all]</source>
        <translation>utilisation : token revoke NAME [--access|--refresh|--all]</translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n jeton de &quot;%1&quot; révoqué.</numerusform>
            <numerusform>%n jetons de &quot;%1&quot; révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: token introspect NAME [--refresh] [--json]</source>
        <translation>utilisation : token introspect NAME [--refresh] [--json]</translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation>Le fournisseur de &quot;%1&quot; n’a pas de point d’accès d’introspection.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to ask about.</source>
        <translation>&quot;%1&quot; n’a pas de jeton d’actualisation sur lequel se renseigner.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>inactive (expired, revoked or unknown)</source>
        <translation>inactif (expiré, révoqué ou inconnu)</translation>
    </message>
</context>
<context>
    <name>TokenHistory</name>
    <message>
        <source>The token history of &quot;%1&quot; could not be written: %2</source>
        <translation>L’historique des jetons de &quot;%1&quot; n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révocation</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
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
        <translation>Émis dans le futur (%1) : l’horloge de cet ordinateur ou celle du fournisseur est fausse.</translation>
    </message>
    <message>
        <source>Not valid yet: usable %1.</source>
        <translation>Pas encore valide : utilisable %1.</translation>
    </message>
    <message>
        <source>Expired %1.</source>
        <translation>Expiré %1.</translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): only the provider can read it.</source>
        <translation>Un JWT chiffré (JWE) : seul le fournisseur peut le lire.</translation>
    </message>
    <message>
        <source>An opaque token: it carries no readable claims. Introspection can tell whether it is active.</source>
        <translation>Un jeton opaque : il ne contient aucune revendication lisible. L’introspection peut indiquer s’il est actif.</translation>
    </message>
    <message>
        <source>A JWT access token (RFC 9068). Shown for debugging only: it is meant for the API, not for Grantline.</source>
        <translation>Un jeton d’accès JWT (RFC 9068). Affiché uniquement pour le débogage : il est destiné à l’API, pas à Grantline.</translation>
    </message>
    <message>
        <source>A JWT. Shown for debugging only: the claims are decoded, not verified.</source>
        <translation>Un JWT. Affiché uniquement pour le débogage : les revendications sont décodées, pas vérifiées.</translation>
    </message>
    <message>
        <source>no expiry in the token</source>
        <translation>aucune expiration dans le jeton</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>expire %1 (%2)</translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>a expiré %1 (%2)</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h %1 min</source>
        <translation>
            <numerusform>%n h %1 min</numerusform>
            <numerusform>%n h %1 min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
    <message>
        <source>has no expiry the provider told</source>
        <translation>n’a pas d’expiration indiquée par le fournisseur</translation>
    </message>
    <message>
        <source>%1 (not a valid date)</source>
        <translation>%1 (date non valide)</translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a valid date: %2.</source>
        <translation>La revendication &quot;%1&quot; n’est pas une date valide : %2.</translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation>&amp;Vérifier la signature</translation>
    </message>
    <message>
        <source>Check the signature against the provider&apos;s published keys (JWKS)</source>
        <translation>Vérifier la signature avec les clés publiées par le fournisseur (JWKS)</translation>
    </message>
    <message>
        <source>&amp;Scopes granted:</source>
        <translation>&amp;Portées accordées :</translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation>&amp;Introspecter</translation>
    </message>
    <message>
        <source>Ask the provider whether the token is still active</source>
        <translation>Demander au fournisseur si le jeton est toujours actif</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token now</source>
        <translation>Obtenir maintenant un nouveau jeton d’accès grâce au jeton d’actualisation</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Revoke the access token</source>
        <translation>Révoquer le jeton d’accès</translation>
    </message>
    <message>
        <source>Revoke the refresh token</source>
        <translation>Révoquer le jeton d’actualisation</translation>
    </message>
    <message>
        <source>Revoke both</source>
        <translation>Révoquer les deux</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Revoke the tokens, forget them, and end the provider&apos;s session in the browser</source>
        <translation>Révoquer les jetons, les oublier et mettre fin à la session du fournisseur dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;Copy token…</source>
        <translation>&amp;Copier le jeton…</translation>
    </message>
    <message>
        <source>Token timeline</source>
        <translation>Chronologie du jeton</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <source>ID token</source>
        <translation>Jeton d’identité</translation>
    </message>
    <message>
        <source>Signature not checked yet.</source>
        <translation>Signature pas encore vérifiée.</translation>
    </message>
    <message>
        <source>Not a readable JWT: only the provider can check this token (Introspect asks it).</source>
        <translation>Pas un JWT lisible : seul le fournisseur peut vérifier ce jeton (Introspecter le lui demande).</translation>
    </message>
    <message>
        <source>The provider did not say when the access token expires.</source>
        <translation>Le fournisseur n’a pas indiqué quand le jeton d’accès expire.</translation>
    </message>
    <message>
        <source>The access token expires in %1.</source>
        <translation>Le jeton d’accès expire dans %1.</translation>
    </message>
    <message>
        <source>The access token expired %1 ago.</source>
        <translation>Le jeton d’accès a expiré il y a %1.</translation>
    </message>
    <message>
        <source>%p% of its lifetime used</source>
        <translation>%p% de sa durée de vie écoulée</translation>
    </message>
    <message>
        <source>✔ Valid signature (%1, key %2).</source>
        <translation>✔ Signature valide (%1, clé %2).</translation>
    </message>
    <message>
        <source>? Key not found: %1</source>
        <translation>? Clé introuvable : %1</translation>
    </message>
    <message>
        <source>✘ Not valid: %1</source>
        <translation>✘ Non valide : %1</translation>
    </message>
    <message>
        <source>Active.</source>
        <translation>Actif.</translation>
    </message>
    <message>
        <source>Inactive: expired, revoked or unknown to the provider.</source>
        <translation>Inactif : expiré, révoqué ou inconnu du fournisseur.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>both tokens</source>
        <translation>les deux jetons</translation>
    </message>
    <message>
        <source>the access token</source>
        <translation>le jeton d’accès</translation>
    </message>
    <message>
        <source>the refresh token</source>
        <translation>le jeton d’actualisation</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke %1 of &quot;%2&quot;? Requests with it stop working at once; without a refresh token you must sign in again.</source>
        <translation>Révoquer %1 de &quot;%2&quot; ? Les requêtes qui s’en servent cessent aussitôt de fonctionner ; sans jeton d’actualisation, vous devrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation>Se déconnecter de &quot;%1&quot; ? Les jetons sont révoqués et oubliés ; la connexion est conservée et vous pourrez vous reconnecter.</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>The token is on the clipboard. Clear it when you are done.</source>
        <translation>Le jeton est dans le presse-papiers. Effacez-le quand vous avez terminé.</translation>
    </message>
    <message>
        <source>Put the chosen token on the clipboard, after a warning</source>
        <translation>Copier le jeton choisi dans le presse-papiers, après un avertissement</translation>
    </message>
    <message>
        <source>The ID token of &quot;%1&quot; says who you are to anyone who has it, and other programs can read the clipboard. Copy it anyway?</source>
        <translation>Le jeton d’identité de &quot;%1&quot; dit qui vous êtes à quiconque le possède, et d’autres programmes peuvent lire le presse-papiers. Le copier quand même ?</translation>
    </message>
    <message>
        <source>Anyone who has the access token of &quot;%1&quot; can act as you until it expires, and other programs can read the clipboard. Copy it anyway?</source>
        <translation>Quiconque possède le jeton d’accès de &quot;%1&quot; peut agir en votre nom jusqu’à son expiration, et d’autres programmes peuvent lire le presse-papiers. Le copier quand même ?</translation>
    </message>
    <message>
        <source>Header and claims of the chosen token</source>
        <translation>En-tête et revendications du jeton choisi</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Portées accordées</translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The provider&apos;s answer has no access_token.</source>
        <translation>La réponse du fournisseur n’a pas d’access_token.</translation>
    </message>
    <message>
        <source>The provider issued a token of type &quot;%1&quot;; Grantline supports only Bearer tokens.</source>
        <translation>Le fournisseur a émis un jeton de type &quot;%1&quot; ; Grantline ne prend en charge que les jetons Bearer.</translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation>Expire bientôt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Signed out: sign in again to use this connection.</source>
        <translation>Déconnecté : reconnectez-vous pour utiliser cette connexion.</translation>
    </message>
    <message>
        <source>There is no refresh token: sign in again when it has expired.</source>
        <translation>Il n’y a pas de jeton d’actualisation : reconnectez-vous quand le jeton d’accès aura expiré.</translation>
    </message>
    <message>
        <source>The refresh token gets a new one when it is needed.</source>
        <translation>Le jeton d’actualisation en obtient un nouveau quand c’est nécessaire.</translation>
    </message>
    <message>
        <source>There is no access token. %1</source>
        <translation>Il n’y a pas de jeton d’accès. %1</translation>
    </message>
    <message>
        <source>The access token %1. %2</source>
        <translation>Le jeton d’accès %1. %2</translation>
    </message>
</context>
<context>
    <name>TokenTimeline</name>
    <message>
        <source>Access token lifetime</source>
        <translation>Durée de vie du jeton d’accès</translation>
    </message>
    <message>
        <source>Token timeline: sign-ins, refreshes and revocations</source>
        <translation>Chronologie du jeton : connexions, renouvellements et révocations</translation>
    </message>
</context>
<context>
    <name>TokenVerificationJob</name>
    <message>
        <source>Checking the token&apos;s signature</source>
        <translation>Vérification de la signature du jeton</translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation>Le fournisseur ne publie aucun jeu de clés (jwks_uri) : la signature ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The provider&apos;s key set at %1 could not be read (%2).</source>
        <translation>Le jeu de clés du fournisseur à %1 n’a pas pu être lu (%2).</translation>
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
        <translation>Demande à %1 de l’identité de l’utilisateur connecté</translation>
    </message>
    <message>
        <source>The provider did not accept the token for the user&apos;s profile (it may have expired, been revoked, or belong to an app without a user).</source>
        <translation>Le fournisseur n’a pas accepté le jeton pour le profil de l’utilisateur (il a peut-être expiré, été révoqué, ou appartient à une application sans utilisateur).</translation>
    </message>
    <message>
        <source>The user&apos;s profile could not be read from %1 (%2).</source>
        <translation>Le profil de l’utilisateur n’a pas pu être lu depuis %1 (%2).</translation>
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
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grantline without a window: the same connections, pipelines and keychain entries as the desktop app.</source>
        <translation>Grantline sans fenêtre : les mêmes connexions, pipelines et entrées du trousseau que l’application de bureau.</translation>
    </message>
    <message>
        <source>Sign in to OAuth-protected REST APIs, load their data into SQLite and browse it.</source>
        <translation>Connectez-vous à des API REST protégées par OAuth, chargez leurs données dans SQLite et parcourez-les.</translation>
    </message>
    <message>
        <source>Listen on this port (0: any free port).</source>
        <translation>Écouter sur ce port (0 : n’importe quel port libre).</translation>
    </message>
    <message>
        <source>Match callback URLs exactly, port included, as APS does.</source>
        <translation>Comparer les URL de rappel exactement, port compris, comme le fait APS.</translation>
    </message>
    <message>
        <source>Seed for the generated data.</source>
        <translation>Graine des données générées.</translation>
    </message>
    <message>
        <source>How many items to serve.</source>
        <translation>Combien d’éléments servir.</translation>
    </message>
    <message>
        <source>How many OSS buckets to list.</source>
        <translation>Combien de buckets OSS lister.</translation>
    </message>
    <message>
        <source>Access-token lifetime in seconds.</source>
        <translation>Durée de vie du jeton d’accès en secondes.</translation>
    </message>
    <message>
        <source>The issuer to announce (default: the base URL).</source>
        <translation>L’émetteur à annoncer (par défaut : l’URL de base).</translation>
    </message>
    <message>
        <source>JSON file with more registered apps.</source>
        <translation>Fichier JSON avec d’autres applications enregistrées.</translation>
    </message>
    <message>
        <source>PEM file with the RSA key that signs tokens (default: a new key).</source>
        <translation>Fichier PEM avec la clé RSA qui signe les jetons (par défaut : une nouvelle clé).</translation>
    </message>
    <message>
        <source>Inject a fault into data and playground requests: 429, 429-date, 500, 502, 503, slow, drop, html or malformed, with &quot;:N&quot; for every Nth request. Repeatable.</source>
        <translation>Injecter une panne dans les requêtes de données et du terrain de jeu : 429, 429-date, 500, 502, 503, slow, drop, html ou malformed, avec &quot;:N&quot; pour une requête sur N. Répétable.</translation>
    </message>
    <message>
        <source>Print the start-up details as one JSON object.</source>
        <translation>Afficher les détails du démarrage en un objet JSON.</translation>
    </message>
    <message>
        <source>Write the generated records of this kind (&quot;items&quot;) to stdout as JSON lines, then exit.</source>
        <translation>Écrire les enregistrements générés de ce type (&quot;items&quot;) sur la sortie standard en lignes JSON, puis quitter.</translation>
    </message>
    <message>
        <source>--%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 doit être un nombre entier de %2 à %3, pas &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>Sign in as %1 with the password %2</source>
        <translation>Connectez-vous en tant que %1 avec le mot de passe %2</translation>
    </message>
    <message>
        <source>App &quot;%1&quot; (%2): client_id %3</source>
        <translation>Application &quot;%1&quot; (%2) : client_id %3</translation>
    </message>
    <message>
        <source>, client_secret %1</source>
        <translation>, client_secret %1</translation>
    </message>
    <message>
        <source>Discovery: %1</source>
        <translation>Découverte : %1</translation>
    </message>
    <message>
        <source>A local APS-style OAuth 2.0 / OpenID Connect provider and data API, so Grantline works offline and without an account.</source>
        <translation>Un fournisseur OAuth 2.0 / OpenID Connect local de style APS et une API de données, pour que Grantline fonctionne hors ligne et sans compte.</translation>
    </message>
    <message>
        <source>--dump knows only &quot;items&quot;, not &quot;%1&quot;.</source>
        <translation>--dump ne connaît que &quot;items&quot;, pas &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Keep connections in this folder instead of the app data folder (or $GRANTLINE_HOME).</source>
        <translation>Garder les connexions dans ce dossier au lieu du dossier de données de l’application (ou $GRANTLINE_HOME).</translation>
    </message>
    <message>
        <source>Keep secrets in memory until the command ends instead of in the system keychain (for machines without one). No secret is written to disk.</source>
        <translation>Garder les secrets en mémoire jusqu’à la fin de la commande au lieu du trousseau du système (pour les machines qui n’en ont pas). Aucun secret n’est écrit sur le disque.</translation>
    </message>
    <message>
        <source>One of the commands above, then its options.</source>
        <translation>L’une des commandes ci-dessus, suivie de ses options.</translation>
    </message>
    <message>
        <source>Answer every request after this many milliseconds, give or take the jitter, as a real API over a real network does.</source>
        <translation>Répondre à chaque requête après ce nombre de millisecondes, à la gigue près, comme une vraie API sur un vrai réseau.</translation>
    </message>
    <message>
        <source>How far each answer&apos;s latency may differ from --latency, in milliseconds (default: a fifth of it).</source>
        <translation>De combien la latence de chaque réponse peut s&apos;écarter de --latency, en millisecondes (par défaut : un cinquième).</translation>
    </message>
    <message>
        <source>How many hubs to serve.</source>
        <translation>Nombre de hubs à servir.</translation>
    </message>
    <message>
        <source>How many projects each hub has.</source>
        <translation>Nombre de projets par hub.</translation>
    </message>
    <message>
        <source>How many top folders each project has; the items are dealt across all of them.</source>
        <translation>Nombre de dossiers racines par projet ; les éléments sont répartis entre tous.</translation>
    </message>
</context>
</TS>
