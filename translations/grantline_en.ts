<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccessTokenJob</name>
    <message>
        <source>Getting a token for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of &quot;%1&quot; has run out and cannot be renewed without you. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider ended the sign-in of &quot;%1&quot; (%2). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to renew its sign-in with. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApsScopes</name>
    <message>
        <source>read your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your profile, products and services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change your profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view your models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read all your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change and delete your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create storage buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list storage buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change storage buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete storage buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write and run code (Design Automation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read account administration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change account administration data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read one item (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an access the app asked for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>the file could not be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthPreparationJob</name>
    <message>
        <source>The credentials (%1) are not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting the credentials ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorizationCodeFlow</name>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI &quot;%1&quot; is not an http address on this computer (127.0.0.1, localhost or [::1]), so Grantline cannot receive the sign-in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline cannot listen on %1 port %2 for the sign-in (%3). Close the program using that port, or choose another port and register the new callback URL with the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in response came from &quot;%1&quot;, not from the provider this connection uses (&quot;%2&quot;). It was refused to protect your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied at the provider. Sign in again and choose Allow to connect Grantline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the sign-in: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline is now connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s ID token was refused: %1 Sign in again; if this keeps happening, check the connection&apos;s issuer and client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider sent none, although the sign-in asked for &quot;openid&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n minute(s), so Grantline stopped waiting for the browser. Start it again.</source>
        <translation>
            <numerusform>The sign-in was not finished within %n minute, so Grantline stopped waiting for the browser. Start it again.</numerusform>
            <numerusform>The sign-in was not finished within %n minutes, so Grantline stopped waiting for the browser. Start it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was not finished in time, so Grantline stopped waiting for the browser. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in timed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseConnection</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is open read-only: %1 was refused (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program holds a lock on %1; try again in a moment (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database, or it is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowseTasks</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Name the file .png, .svg or .pdf to say which format to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaimsModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which of the provider&apos;s keys signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who issued it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whom it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app it was issued to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its unique ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ties it to one sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user&apos;s ID at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliCommands</name>
    <message>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, show or remove a connection to a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in (browser, loopback redirect, PKCE) or fetch an app&apos;s token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke and forget the tokens; print the logout page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show, verify, refresh, revoke or introspect a connection&apos;s tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a pipeline&apos;s records as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract a pipeline and load it into SQLite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a JSON-lines file into SQLite, or turn a dlt config into a pipeline file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the tables and columns a SQLite file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a built-in pipeline file (&quot;sandbox&quot;, &quot;aps-data-management&quot;) for one of your connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a pipeline as a dlt Python script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep or forget a secret that pipeline files name as {secrets.NAME}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;grantline-cli COMMAND --help&quot; shows a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the pipelines in the Grantline home; extract, run and export take their names as well as paths (a path that exists wins).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliExtraction</name>
    <message>
        <source>Note: resource &quot;%1&quot;: detected paginator %2 (confidence %3); write it into the pipeline file to pin it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: detected data_selector &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: resource &quot;%1&quot;: %2; trying again in %3 s (attempt %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 wants a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>&quot;%1&quot; is signed out: run grantline-cli login %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Or run the command with --session-only to keep secrets in memory until it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expiry unknown (the provider did not say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session-only would forget %1 when this command ends: run it without --session-only, with the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClientCredentialsAuth</name>
    <message>
        <source>App token for %1 (client credentials)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigSection</name>
    <message>
        <source>write the object form, with secrets as references: {&quot;type&quot;: &quot;%1&quot;, …: &quot;{secrets.NAME}&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a secret written into the file; store it in the keychain and write &quot;{secrets.NAME}&quot; here instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key; did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number of at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of strings, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a status_code, a content or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object here must have &quot;type&quot;: &quot;resolve&quot; or &quot;incremental&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot; (write &quot;{{&quot; or &quot;}}&quot; for a literal brace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uses {%1} but the endpoint has no &quot;incremental&quot; section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1} is not a placeholder Grantline knows (resources.…, incremental.…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has an unpaired &quot;{&quot; or &quot;}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used together with &quot;json&quot;: a request has one body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an initial_value to start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be used together with &quot;%1&quot;: the value goes either in the query or in the JSON body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this paginator would never stop: give a total_path, a maximum, a has_more_path or stop_after_empty_page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a paginator name or an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a paginator; did you mean &quot;%2&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required, so &quot;%1&quot; needs the object form: {&quot;type&quot;: &quot;%1&quot;, &quot;%2&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;sqlite&quot; or {&quot;type&quot;: &quot;sqlite&quot;, &quot;path&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is used by another resource already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credentials would travel unencrypted: use https (plain http only reaches this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at line %3, column %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only applies to &quot;disposition&quot;: &quot;merge&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>are Python functions in dlt; a pipeline file cannot hold them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>belongs to each resource, not to the defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resolve param needs &quot;resource&quot; and &quot;field&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is resolved from the parent but the path has no {%1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{resources.%1} names no field of &quot;%1&quot; (write {resources.%1.id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>takes values from several resources (%1); a resource has one parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resource cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no resource named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a parent resource, and &quot;%1&quot; has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resources depend on each other in a circle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{%1}: secrets go only into headers and auth, never into an address or a body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint has one incremental: this one and the &quot;incremental&quot; section cannot both be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the param form takes no end_value; use the &quot;incremental&quot; section for a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form bodies are not supported yet; send the body as &quot;json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is on %1, not on the origin of base_url (%2); credentials and headers go only to base_url&apos;s origin, unless the resource has an &quot;auth&quot; of its own for that host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postgres needs its server: {&quot;type&quot;: &quot;postgres&quot;, &quot;credentials&quot;: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a destination Grantline loads into (sqlite, postgres)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionActions</name>
    <message>
        <source>%1 Sign in again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed: the new access token %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: &quot;%1&quot; has no tokens left; sign in again to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no token to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the token is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider says the token is not active (expired, revoked or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no signing keys (JWKS), so the signature cannot be checked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action on &quot;%1&quot; is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionAuth</name>
    <message>
        <source>Sign-in of connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionCommands</name>
    <message>
        <source>usage: connection add|list|show NAME|remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-type must be public, confidential or server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-auth must be basic, post or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grant refresh_token is not a way to sign in: choose authorization_code, client_credentials or the provider&apos;s own grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-param wants name=value, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a manual provider needs at least --token-url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider %1 needs --issuer URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be aps, oidc, manual or sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this app type needs its client secret: pass --client-secret-stdin and type it (or pipe it) on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; removed, with its keychain entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · app %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionRegistry</name>
    <message>
        <source>The connection &quot;%1&quot; is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an action on it is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSaveJob</name>
    <message>
        <source>saving the connection &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; exists already; nothing was changed. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1 Nothing was saved; sign in again once the keychain works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection could not be saved: %1 Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionSecretsReadJob</name>
    <message>
        <source>Reading the keychain entry of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry of &quot;%1&quot; was not written by this Grantline; sign in again to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid connection name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid connection name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialSet</name>
    <message>
        <source>The secret &quot;%1&quot; for the %2 auth was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be used here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an auth type Grantline knows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Your app&apos;s credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy them from the app&apos;s settings in the provider&apos;s portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID shown in the app&apos;s settings at the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in your system keychain only, never in a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the secret &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the token request proves it comes from your app; most providers take either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP Basic authentication (client_secret_basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form fields (client_secret_post)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the keychain again, for example after unlocking it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret while you check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client ID from the app&apos;s settings at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client ID has no spaces or line breaks; check what was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This type of app has a client secret: paste it from the portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret starts or ends with a space, which was probably copied by mistake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking that your keychain can keep the tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your keychain is ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Unlock it (your desktop&apos;s Passwords and Keys app does that), then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Grantline keeps secrets only in a keychain: start one (on Linux, gnome-keyring or KeePassXC&apos;s Secret Service), then click Check again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>&amp;Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;QL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads and S&amp;tate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pl&amp;ot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views of the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data yet: %1 does not exist. Run the pipeline to load data into it; it shows here as soon as the first load commits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result of the SQL console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline loads into the schema %1 of %2, not into a file, so its data is not shown here. Open it with PostgreSQL&apos;s own tools, for example:

psql &quot;%3&quot;
SET search_path TO &quot;%1&quot;;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseWindow</name>
    <message>
        <source>%1 — Grantline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the destination cannot be saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The destination was changed, but the password was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DestinationForm</name>
    <message>
        <source>Test C&amp;onnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite file on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file the data goes to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL server URL, without the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dataset, the schema the tables go into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the PostgreSQL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test the connection to the PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the connection test found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;goes to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;ataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for t&amp;he server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain as secret/%1; empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain as secret/%1; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the server&apos;s URL: postgresql://USER@HOST:5432/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s URL %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file the data goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dataset: the schema on the server the tables go into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite file of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite files (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables go into the schema %1, dlt&apos;s name for this dataset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectedWriter</name>
    <message>
        <source>Use what Test request detected for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the detected paginator of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscoveryJob</name>
    <message>
        <source>Looking up the provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provider metadata was found for %1 (%2). Check the issuer URL, or enter the endpoints by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not say whether it supports PKCE; Grantline sends it anyway. If sign-in fails, the provider may not support it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionForm</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write disposition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge strate&amp;gy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DltConfigImporter</name>
    <message>
        <source>The %1 of %2 goes to the keychain as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 goes to the keychain as &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DltExport</name>
    <message>
        <source>Fix the pipeline first; dlt would not run it either: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as dlt script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python scripts (*.py)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dlt script is in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DltImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds secrets, and %2 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is saved and its tokens are in your keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; is signed in as &lt;b&gt;%2&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; has a token for the app itself.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The access token %1.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;There is no refresh token: when the access token expires, sign in again.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Grantline refreshes the access token by itself while the refresh token lasts.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Next: look at the token in the connection&apos;s &lt;b&gt;Token&lt;/b&gt; tab, or use the connection from grantline-cli as &lt;code&gt;%1&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditConnectionDialog</name>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a new secret to replace the one in the keychain; leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly as registered at the provider, port included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes apply at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action on this connection is still running; save again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be stored in the keychain, so nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditorField</name>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>No connections yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection lets Grantline sign in to an API on your behalf and load its data into a SQLite file you can browse. Start with the built-in Sandbox — no account and no network needed — or connect to Autodesk Platform Services or any OAuth 2.0 provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the connection wizard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointEditor</name>
    <message>
        <source>Endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;eaders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;uth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pat&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arams:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JSON body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data selector:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response a&amp;ctions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Incremental</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ursor path:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial &amp;value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start para&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd param:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Table name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge ke&amp;y:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max table &amp;nesting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;from parent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem of the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a value in the keychain and write {secrets.NAME} at the cursor of the headers or auth field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resource defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value &amp;function:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ow order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the cursor is missin&amp;g:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range st&amp;art:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range en&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;lected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arallelized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests at &amp;once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per &amp;minute:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointSelection</name>
    <message>
        <source>Cannot remember the ticked endpoints in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pipeline has no file yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointTableModel</name>
    <message>
        <source>from client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from resource_defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <comment>column header: ticked for the next run</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data selector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove %n endpoints</source>
        <translation>
            <numerusform>Remove %n endpoint</numerusform>
            <numerusform>Remove %n endpoints</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EndpointsTab</name>
    <message numerus="yes">
        <source>Remove %n endpoint(s)</source>
        <translation>
            <numerusform>Remove %n endpoint</numerusform>
            <numerusform>Remove %n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter endpoints by name (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter endpoints by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractJob</name>
    <message>
        <source>Extracting %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: the paginator asked for %2 a second time; stopped there to avoid a loop. Check the paginator settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data_selector &quot;%1&quot; matches nothing in the answer from %2 (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a page titled &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page%2 instead of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the limit of %n record(s) is reached</source>
        <translation>
            <numerusform>the limit of %n record is reached</numerusform>
            <numerusform>the limit of %n records is reached</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing newer than the incremental cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 paginator finds no next page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractStats</name>
    <message>
        <source>Resource &quot;%1&quot;: page %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: page %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtractionPlan</name>
    <message>
        <source>The pipeline has no resource &quot;%1&quot; (it has: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FailureAdvice</name>
    <message>
        <source>The secret %1 is neither in the keychain nor in the environment, so nothing was requested. Store it, and the run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is writing to %1 and holds its lock. Close the file there (a database browser, another run), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: the disk is probably full. Nothing of this run was kept. Free some space, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only for you: nothing can be loaded into it. Change its permissions, or choose another file in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database Grantline can use. Choose another file in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials could not be obtained or renewed: check the client&apos;s auth settings and secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in to %1 has expired or was revoked: the provider no longer renews its tokens. Sign in again, and the run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the sign-in to %1 for &quot;%2&quot; (401), even after renewing it. Sign in again, and the run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the credentials for &quot;%1&quot; (401): the secret %2 may be wrong or expired. Store its current value, and the run starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused &quot;%1&quot; without credentials (401): the endpoint needs an auth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API does not let these credentials read &quot;%1&quot; (403 Forbidden): a scope or a permission is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It asks for the scope %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection %1 asks for: %2. Add what is missing, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what the key or token may read at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 for the %3 record with %4 (404 Not Found): that record may have been deleted, or the path is wrong. To skip such records, add the response action {&quot;status_code&quot;: 404, &quot;action&quot;: &quot;ignore&quot;} to the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has nothing at %2 (404 Not Found): check the endpoint&apos;s path and the base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API kept answering 429 Too Many Requests for &quot;%1&quot;, %n time(s) in a row, which is all the retries allow.</source>
        <translation>
            <numerusform>The API kept answering 429 Too Many Requests for &quot;%1&quot;, %n time in a row, which is all the retries allow.</numerusform>
            <numerusform>The API kept answering 429 Too Many Requests for &quot;%1&quot;, %n times in a row, which is all the retries allow.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It asked to wait %n second(s); Run Again is ready after that.</source>
        <translation>
            <numerusform>It asked to wait %n second; Run Again is ready after that.</numerusform>
            <numerusform>It asked to wait %n seconds; Run Again is ready after that.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait a little, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API failed on its side for &quot;%1&quot; (HTTP %2), %n time(s) in a row. Nothing of this run was kept; run again later.</source>
        <translation>
            <numerusform>The API failed on its side for &quot;%1&quot; (HTTP %2), %n time in a row. Nothing of this run was kept; run again later.</numerusform>
            <numerusform>The API failed on its side for &quot;%1&quot; (HTTP %2), %n times in a row. Nothing of this run was kept; run again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer came for &quot;%1&quot; (%n attempt(s)): check the network connection and the base URL, then run again.</source>
        <translation>
            <numerusform>No answer came for &quot;%1&quot; (%n attempt): check the network connection and the base URL, then run again.</numerusform>
            <numerusform>No answer came for &quot;%1&quot; (%n attempts): check the network connection and the base URL, then run again.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with a web page instead of JSON: often a sign-in page, or a path or base URL that leads to the website rather than the API. Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; answered with JSON that is cut off or malformed: the API or the network broke the answer. Run again; if it stays, the API is at fault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline stopped a request of &quot;%1&quot; that was not safe to send; the credentials went nowhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; and what the API answered do not fit together. Check the endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s stored state cannot be read. Tick Full refresh and run again to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed; nothing of it was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store the Secret %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the &amp;Scopes of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the secret %1 in the keychain and run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 again and run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the scopes of the connection %1, sign in and run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the editor of the endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the same endpoints again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;dit Endpoint %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server could not be reached or went away during the load. Nothing of this run was kept. Once the server is up, run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL user may not write where the pipeline loads. Grant it the right, or choose another dataset or user in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server stopped a statement of the load after its statement_timeout. Nothing of this run was kept. Raise the timeout for the pipeline&apos;s user, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user, its password or the database. Check them in Destination… (Ctrl+Shift+D), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server had no connection free for the pipeline&apos;s user, or another session held what the load needed. Nothing of this run was kept. Run again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full. Nothing of this run was kept. Free space on the server, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server refused the pipeline&apos;s user or its password, the secret %1. Store the right password, and the run starts again; or check the server in Destination… (Ctrl+Shift+D).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterHeader</name>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter of column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: &gt;5, &lt;=2024-01-01, =x, !=x, a..b, %text%, NULL, !NULL, !x (not), a|b (any of); text alone: contains</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncrementalCursor</name>
    <message>
        <source>The cursor path changed from &quot;%1&quot; to &quot;%2&quot;: starting from the initial value again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record has no value at the cursor path &quot;%1&quot; (set on_cursor_value_missing to &quot;include&quot; or &quot;exclude&quot; to accept such records).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cursor &quot;%1&quot; holds %2, which cannot be compared with the start value %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records share the newest value of &quot;%2&quot;; each is remembered so the next run does not load it again. A cursor that changes more often (a time with seconds) keeps the state small.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IncrementalCursors</name>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntrospectionJob</name>
    <message>
        <source>The introspection answer has no &quot;active&quot; field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not finish within %n second(s).</source>
        <translation>
            <numerusform>%1 did not finish within %n second.</numerusform>
            <numerusform>%1 did not finish within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonField</name>
    <message>
        <source>%1: not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not a JSON value (%3). Nothing of this import was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonLinesSink</name>
    <message>
        <source>Could not write the records (is the output closed?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonParser</name>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonPath</name>
    <message>
        <source>&quot;%1&quot; is not a JSONPath Grantline understands: %2 at character %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it must start with &quot;$&quot;, a name or &quot;[&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recursive descent (&quot;..&quot;) is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;[&quot; is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;[%1]&quot; is neither an index, &apos;*&apos; nor a quoted name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonSourceTree</name>
    <message>
        <source>text after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text ends too early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key in quotes was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;:&quot; was expected after the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;}&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;,&quot; or &quot;]&quot; was expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value was expected after &quot;,&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number too large or too small</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text that is not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unknown escape after &quot;\&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>\u wants four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 at line %2, column %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picked by the JSONPath</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtVerifier</name>
    <message>
        <source>This is an encrypted token (JWE); its contents cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a signed JWT (it may be an opaque token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s algorithm &quot;%1&quot; is not accepted (allowed: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names critical header extensions this verifier does not know, so it must be rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the provider&apos;s key: the token was altered or not issued by this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key is shorter than 2048 bits and is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no %1 key with the id &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token was issued by &quot;%1&quot;, not by &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is meant for another audience than &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid (%1, key &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a readable JWT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claims are valid; the signature was not checked (no key set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token was issued to another app (azp &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token does not belong to this sign-in (its nonce is not the one Grantline sent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature matches none of the provider&apos;s keys: the token was altered or not issued by this provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token has no expiry (&quot;exp&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token expired at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is not valid before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim (%2) is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretJob</name>
    <message>
        <source>Nothing is stored in the keychain under &quot;%1&quot;. If your keyring is locked, unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keyring is locked. Unlock it (for example in the Passwords and Keys application) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is reachable (%1). Start a Secret Service such as GNOME Keyring or KWallet, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain reported an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>System keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStatusJob</name>
    <message>
        <source>Checking the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain (%1) is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadCommands</name>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--write-disposition is append, replace or merge, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: schema --db FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no dlt schema (no _dlt_version table): nothing was loaded into it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema %1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run with --full-refresh to start over, or with --db to load into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import FILE.jsonl (--db FILE | --destination postgresql://…) --table NAME [--dataset NAME] [--primary-key COL]... [--write-disposition append|replace|merge] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: run PIPELINE.json [--db FILE | --destination postgresql://…] [--resource NAME]... [--full-refresh] [--json] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadDestination</name>
    <message>
        <source>schema %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadStatistics</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline state cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline %1, state version %2, saved %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadWorker</name>
    <message>
        <source>line %1: key &quot;%2&quot; appears twice; column &quot;%3&quot; keeps the later value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: keys &quot;%2&quot; and &quot;%3&quot; both become column &quot;%4&quot;; the later value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1 more of the records, two keys became one column too; the later values were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>%1 held only null values; no column was made for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records held two keys for one column (a key written twice, or keys such as &quot;a&quot; and &quot;A&quot;), %1 in all; the later value was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema stored in %1 cannot be read (%2). Load into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline state stored in %1 cannot be read. A full refresh starts it over; or load into another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadsView</name>
    <message>
        <source>Table &amp;Sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts of the loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: rows loaded per load per table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: how long each load took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart: size of each table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incremental cursors of the pipeline state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Rows of This &amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current table&apos;s rows that this load wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the loads…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load recorded in this file (it has no _dlt_loads table, or the table is empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n load(s), %1 rows in all.</source>
        <translation>
            <numerusform>%n load, %1 rows in all.</numerusform>
            <numerusform>%n loads, %1 rows in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds (from the load&apos;s start to its commit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not committed (rows without a load record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline state in this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ro&amp;ws per Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durat&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackPages</name>
    <message>
        <source>You can close this tab and return to Grantline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to Grantline to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your browser changed http to https, turn off HTTPS-only mode for 127.0.0.1, or start the sign-in again from Grantline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of your sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>This sign-in has already been answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to see here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This response does not belong to the sign-in Grantline started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider sent neither a code nor an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in Grantline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[::1] port %1 is used by another program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Grantline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an app and sign in to an API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Grantline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Grantline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Grantline %1&lt;/h3&gt;&lt;p&gt;Sign in to OAuth-protected REST APIs, load their data into a local SQLite file and browse it.&lt;/p&gt;&lt;p&gt;Secrets are kept in your system keychain and nowhere else.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in port, browser, language and keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; saved; sign in again for the changes to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;? Its tokens and client secret are deleted from the keychain. The app stays registered at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; could not be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import dlt Config…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a pipeline from a dlt REST API config; its secrets go to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as the pipeline &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name of &quot;%1&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not renamed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not duplicated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a pipeline from a preset, a dlt config or a base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pipeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the pipeline &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress; try again once it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse any SQLite file: one a pipeline loaded, or one dlt or anyone else made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3 *.duckdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the pipeline &quot;%1&quot;? Its file goes to the trash; the data it loaded stays in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEndpointsForm</name>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the browser goes to sign in (authorization_endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the code is exchanged for tokens (token_endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revocation URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7009 revocation_endpoint; without it, signing out only forgets the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;ntrospection URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFC 7662 introspection_endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;JWKS URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s signing keys (jwks_uri), for checking token signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Userinfo URL (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells who signed in (userinfo_endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretJob</name>
    <message>
        <source>Nothing is stored for this session under &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>This session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections and pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last run cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPipelineDialog</name>
    <message>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt config file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL of the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path of the first endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the pipeline starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APS Data Management preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dlt REST API config to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty pipeline with a base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the pipeline starts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users (more endpoints are added in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the pipeline cannot be created yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dlt config file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hubs, projects, top folders, folder contents, item versions and your user profile from Autodesk Platform Services, through an APS connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same chain from the built-in sandbox (hubs to item versions), through a Sandbox connection: works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dlt REST API config (JSON); secrets written in it go to the keychain and the file names them as {secrets.NAME}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One endpoint to begin with; add more in the endpoint table and try each with Test request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the dlt config to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset signs in through a %1 connection, and there is none yet: make one with File → New Connection… first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a dlt config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt REST API configs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;dlt config:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the base URL of the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the path of a first endpoint; more are added in the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthRequestJob</name>
    <message>
        <source>The request to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2) instead of an OAuth response; check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy (HTTP %2)%3. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; it asks to wait %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 and no OAuth error. The provider may be down; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request with HTTP %2 and an answer that is not an OAuth error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with something that is not JSON (%2). Check the endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was incomplete or wrong; this is likely a provider setting in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client ID and secret, and that the app type matches (a Desktop app has no secret).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is no longer valid; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not allowed to sign in this way; check its type at the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider does not support this kind of sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for fewer or different scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider cannot revoke this kind of token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the request with HTTP %1: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageFetchJob</name>
    <message>
        <source>Fetching %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed (%2); Grantline does not ignore certificate errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, even with renewed credentials. Sign in again or check the credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to %2, which is not https; not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 401: the credentials were refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered 401 and the credentials could not be renewed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s)).</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt).</numerusform>
            <numerusform>%1 (gave up after %n attempts).</numerusform>
        </translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2; ignored as the pipeline says.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (has_more_path).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (has_more_path) is not true or false.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaginatorForm</name>
    <message>
        <source>Paginator type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginator &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paginator %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParentFields</name>
    <message>
        <source>a record of &quot;%1&quot; has no &quot;%2&quot; (it has: %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineActions</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every endpoint shown for the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick every endpoint shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to dlt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pipeline as a dlt script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send one request of the selected endpoint and show the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Endpoint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit every key of the selected endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Defaults…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the resource_defaults every endpoint starts from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Client…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the client: base URL, headers, auth and paginator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the ticked endpoints into the pipeline&apos;s destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data goes: a SQLite file or a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineAuthForm</name>
    <message>
        <source>How the pipeline signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names the secret as {secrets.NAME}; its value stays in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the API key parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the API key is sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space-separated, e.g. data:read (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic (user name and password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to sign in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which header or parameter carries the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret: it goes to the keychain, never into the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sen&amp;t in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use&amp;r name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client sec&amp;ret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the token URL, an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain name may hold letters, digits and &quot;_&quot; only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCommands</name>
    <message>
        <source>--limit wants a whole number from 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s)</source>
        <translation>
            <numerusform>%1: %n record</numerusform>
            <numerusform>%1: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n page(s)</source>
        <translation>
            <numerusform> in %n page</numerusform>
            <numerusform> in %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: secret set NAME (value on standard input) | secret remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type or pipe the secret&apos;s value on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; stored in the keychain; pipeline files use it as &quot;{secrets.%1}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: export --dlt PIPELINE.json [--output SCRIPT.py]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dlt script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json] [--destination FILE.sqlite]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secrets of this config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: preset NAME --connection NAME [--output PIPELINE.json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: pipelines [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipelines in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 problems in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the connection with --issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: extract PIPELINE.json [--resource NAME]... [--limit N] [--concurrent-requests N] [--requests-per-minute N]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineCreateJob</name>
    <message>
        <source>storing the pipeline&apos;s secrets in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a pipeline &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This pipeline has secrets, and %1 keeps them only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot make the folder %1 for the pipeline&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline &quot;%1&quot; already uses the secret &quot;%2&quot; in the keychain; give this one another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineDocument</name>
    <message>
        <source>the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON; fix its text first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit would break the file (%1); it was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write at %1: %2 holds no object or list to add it to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no list at %1 with a place %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no file yet; save it as a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program since it was opened; reload it, or save and overwrite those changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePage</name>
    <message>
        <source>Fix the pipeline first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to &quot;%1&quot; are not saved. Drop them? (Cancel, then Save with Ctrl+S, to keep them.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it (your changes here are dropped), or keep yours and save over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program changed %1. Reload it to see the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file changed on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the pipeline&apos;s text first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one endpoint to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A run of &quot;%1&quot; is in progress. Cancel it? Nothing of it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The endpoint %1 is no longer in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelinePresets</name>
    <message>
        <source>There is no preset &quot;%1&quot;; the presets are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset &quot;%1&quot; calls the provider at its issuer URL, and the connection &quot;%2&quot; has none.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStore</name>
    <message>
        <source>&quot;%1&quot; is not a pipeline name: use up to 64 letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a name Windows keeps for a device; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a pipeline named &quot;%1&quot; already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no pipeline named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotSample</name>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlotView</name>
    <message>
        <source>&amp;X axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Y axis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scatter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plot of two columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column on the X axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column on the Y axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a table or run a query to plot it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plotting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the points…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row has a number in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %1 rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows left out: no number in %2 or no value in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row in %1 of %2: the plot covers part of the rows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresCredentials</name>
    <message>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout &quot;%1&quot; is not a number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds a password in plain text; store it in the keychain and write &quot;password&quot;: &quot;{secrets.NAME}&quot; beside the URL instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter Grantline passes on (known: sslmode, connect_timeout, host, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names no database (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is given twice: here and in &quot;credentials&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for postgres: &quot;postgresql://USER@HOST:PORT/DATABASE&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database %1 on %2:%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names a database with &quot;/&quot; in it (postgresql://USER@HOST:PORT/DATABASE)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresDatabase</name>
    <message>
        <source>schema %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another load into %1 is running; run this one again once it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but user &quot;%3&quot; may not create tables in the schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2, but the schema %4 does not exist and user &quot;%3&quot; may not create it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; loads go into the schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to PostgreSQL %1 at %2; the first load creates the schema %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the load; it was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke during COMMIT, so whether the load was saved is not known. Either way its data and its state agree: the next run neither loses nor repeats a record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rolled the load back instead of saving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline&apos;s dataset name is blank; PostgreSQL needs a schema name to load into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the dataset first: the schema on the server the tables go into.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresFailure</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not accept the password of user &quot;%2&quot;. Check the password the pipeline&apos;s destination names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 wants a password for user &quot;%2&quot;, and the destination gives none: add &quot;password&quot;: &quot;{secrets.NAME}&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database &quot;%1&quot; on the PostgreSQL server at %2. Create it (createdb %1) or name one that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no user &quot;%1&quot; on the PostgreSQL server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 did not answer within %2 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1. Is it running, and is that its address?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 and the destination&apos;s sslmode (%2) do not agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline could not connect to PostgreSQL at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL (%1) broke while %2: the server stopped or restarted, or the network failed. The server rolls the load back, so nothing of it was saved; run it again once the server is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load was cancelled; nothing of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL stopped %1 after the server&apos;s statement_timeout; the load was rolled back and nothing of it was saved. Raise statement_timeout for user &quot;%2&quot; (ALTER ROLE … SET statement_timeout) and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User &quot;%1&quot; may not do this on %2 (%3); the load was rolled back. Grant the right (for a new dataset: GRANT CREATE ON DATABASE %4 TO &quot;%1&quot;) or load into a dataset the user may write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server&apos;s disk is full (%1); the load was rolled back and nothing of it was saved. Free space on the server and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server ran out of a resource (%1); the load was rolled back. Run it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value holds a character PostgreSQL cannot store (such as \u0000) while %1; the load was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another session held what the load needed (%1); the load was rolled back. Run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused %1 on %2; the load was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 has no connection free for user &quot;%2&quot; now (too many connections); run it again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL server at %1 is starting up or shutting down; run it again once it is up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresTableWriter</name>
    <message>
        <source>A value of column &quot;%1&quot; in table &quot;%2&quot; holds the NUL character (\u0000), which PostgreSQL cannot store; the load was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing table %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresTestJob</name>
    <message>
        <source>Testing the connection to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressLine</name>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records/s — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderEndpoints</name>
    <message>
        <source>The provider&apos;s metadata names the issuer &quot;%1&quot;, not &quot;%2&quot;: it cannot be trusted for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s metadata has no token_endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid endpoint URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not use https. Grantline sends secrets only over TLS, except to this computer (127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderPage</name>
    <message>
        <source>Choose a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you sign in? Nothing is saved until you have signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sandbox — built in, offline, no account needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Autodesk Platform Services (APS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any &amp;OpenID Connect provider, found from its issuer URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another OAuth 2.0 provider, endpoints typed in by &amp;hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grantline knows APS Authentication v2: its endpoints, scopes and rules. You need an APS account and an app registered in the APS portal; the next page walks you through it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the provider&apos;s OpenID Connect discovery document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of this connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;; it names the connection in Grantline and in grantline-cli.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the built-in sandbox…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the provider&apos;s issuer URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is running at %1. It forgets its sign-ins when Grantline closes; sign in again then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys (JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Introspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userinfo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is running at %1; reading its discovery document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a name: use letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the authorization URL (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the token URL (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the provider&apos;s discovery document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the issuer URL and click Look up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoints found at the issuer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderProfile</name>
    <message>
        <source>Autodesk Platform Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox (built in, offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenID Connect provider (discovery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other OAuth 2.0 provider (endpoints typed in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APS accepts at most %1 scopes in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APS has no scope &quot;%1&quot;. Known scopes: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APS matches callback URLs exactly, port included. Register a callback such as %1 with your app in the APS portal and give the same URL here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app without a secret cannot get app tokens: client credentials need a confidential or server-to-server app and its client secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueryWorker</name>
    <message>
        <source>The console is read-only, so the loaded data cannot be changed by accident. Turn on Allow Writing to run statements that change the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The result cannot be written after %n row(s): %1</source>
        <translation>
            <numerusform>The result cannot be written after %n row: %1</numerusform>
            <numerusform>The result cannot be written after %n rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RangePaginator</name>
    <message>
        <source>The response has no &quot;%1&quot; (total_path); set total_path to null if the API does not send a total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (total_path) is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <source>There is no table %1 in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row is no longer in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterAppPage</name>
    <message>
        <source>Register your app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider must know Grantline as an app before you can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which type of app did you register?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop, Mobile, Single-Page App — recommended: no secret to keep, PKCE protects the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public (desktop or native) app — no client secret; PKCE protects the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traditional Web App — has a client secret, which Grantline keeps in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential app — has a client secret, which Grantline keeps in your keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server-to-Server — the app gets its own tokens; nobody signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine to machine (client credentials) — nobody signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Callback URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the callback URL, to paste it in the provider&apos;s portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the provider&apos;s app registration page in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port on this computer that receives the sign-in. Any free port from 1024 up works; the URL registered must use the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port (the provider accepts every port on 127.0.0.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Sign in at &lt;a href=&quot;https://aps.autodesk.com/myapps/&quot;&gt;aps.autodesk.com&lt;/a&gt; and open &lt;b&gt;My applications&lt;/b&gt; (you need a developer hub; the portal offers to create one).&lt;/li&gt;&lt;li&gt;Click &lt;b&gt;Create application&lt;/b&gt;, give it a name and choose the type below — &lt;b&gt;Desktop, Mobile, Single-Page App&lt;/b&gt; unless you have a reason not to.&lt;/li&gt;&lt;li&gt;Under &lt;b&gt;API Access&lt;/b&gt;, tick the APIs you want to load data from (Data Management for hubs, projects and files).&lt;/li&gt;&lt;li&gt;Paste the callback URL below into &lt;b&gt;Callback URL&lt;/b&gt;, exactly, and click &lt;b&gt;Save changes&lt;/b&gt;.&lt;/li&gt;&lt;li&gt;Copy the &lt;b&gt;Client ID&lt;/b&gt; (and the secret, for a web app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox has apps registered already: &lt;b&gt;sandbox-desktop-app&lt;/b&gt; (desktop, no secret), &lt;b&gt;sandbox-web-app&lt;/b&gt; (web app with a secret) and &lt;b&gt;sandbox-server-app&lt;/b&gt; (server to server). Choose a type; the next page fills in its client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;ol&gt;&lt;li&gt;Open the provider&apos;s developer console (&lt;b&gt;Open portal&lt;/b&gt; takes you to the issuer&apos;s site).&lt;/li&gt;&lt;li&gt;Register a new app, preferably a &lt;b&gt;native&lt;/b&gt; or &lt;b&gt;public&lt;/b&gt; client with PKCE.&lt;/li&gt;&lt;li&gt;Add the callback URL below as a redirect URI.&lt;/li&gt;&lt;li&gt;Copy the client ID (and the secret, for a confidential app) for the next page.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server-to-server app needs no callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APS compares the callback URL character for character, port included: register exactly this URL. If the port is taken on this computer, choose another one here and register that URL too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register it without a port, or as shown: Grantline listens on a free port each time you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register exactly this URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is in use by another program right now. Choose another port, or close that program before you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened; the portal&apos;s address (%1) is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationalNormalizer</name>
    <message>
        <source>The table name &quot;%1&quot; has no letters or digits to make a name from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table name &quot;%1&quot; is already the child table of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1, column %2: a %3 value where only %4 fits, and a variant column cannot have variants of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: a record without a value for its key column %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table %1: a record without a %3 value for its key column %2 (missing, null, or of another type).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestAuth</name>
    <message>
        <source>Bearer token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in header %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in query parameter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key in cookie %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP basic as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestBuilder</name>
    <message>
        <source>&quot;%1&quot; has an unpaired brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent record has no value for {%1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing fills {%1} in &quot;%2&quot; of resource &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogModel</name>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestLogView</name>
    <message>
        <source>Every endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the request log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt *.tsv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the requests of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures and retries &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failures and retries only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the requests shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the requests shown as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successful (2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused (4xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server errors (5xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: paginator, tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceAuths</name>
    <message>
        <source>no credentials were given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResourceRequest</name>
    <message>
        <source>its address is on %1, not on %2. Its credentials and headers go only to base_url&apos;s origin (or the one its path names in the file), so the request was not made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowFetcher</name>
    <message>
        <source>The row is no longer in the table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowFilter</name>
    <message>
        <source>There is an empty choice between two | in &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows the ! in &quot;%1&quot;: write what the rows must not be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing follows %1: write the value to compare with, as in %1 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A range needs at least one end, as in 1..10, ..10 or 1..</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsTransfer</name>
    <message>
        <source>Copied the first %1 rows; export the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON lines (*.jsonl *.ndjson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %2 rows to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowsView</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the rows shown before (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward again (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record as &amp;JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record this row came from, rebuilt as the API sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View &amp;Cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that hang from this row in a child table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parent Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row this row hangs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of This &amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as TSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these rows (filters and sort as shown) to CSV or JSON lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter This Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… %1 rows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>Counting… %1 matching rows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching row(s)</source>
        <translation>
            <numerusform>%n matching row</numerusform>
            <numerusform>%n matching rows</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter of %1 is left out: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 under row %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 row that row %2 of %3 hangs from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of load %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The row&apos;s load cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record of row %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of row %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child Ro&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistory</name>
    <message>
        <source>Cannot record the run in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the run in %1: another run holds it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryModel</name>
    <message>
        <source>loaded (not by Grantline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests: %1 (%2 failed); retries: %3; token renewals: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 in %2 of waiting for answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 is in the file, loaded by another program (dlt) or before Grantline kept a record of its runs: its counts and requests are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This load is no longer in the file (a full refresh or another file replaced it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; nothing of this run was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed; nothing of this run was kept.
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted before it ended:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunHistoryView</name>
    <message>
        <source>Runs of this pipeline, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chosen run did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the run history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: press Run (F5) to load the ticked endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n run(s), newest first. Choose one to see what it did.</source>
        <translation>
            <numerusform>%n run, newest first. Choose one to see what it did.</numerusform>
            <numerusform>%n runs, newest first. Choose one to see what it did.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s own list of loads could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunJob</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Nothing of this run was saved; the next run starts where the last completed one ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the load into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the secrets of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPanel</name>
    <message>
        <source>A run of this pipeline is in progress already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full refresh drops what &quot;%1&quot; loaded before (its tables and its incremental state) and loads everything again. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: the file is put back as it was…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run; nothing of it is kept (Shift+F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop what was loaded before and load everything again (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full refresh on the next run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of each endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the run loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paginator detected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attempt %1 failed, trying again in %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token renewal failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API answered 401: token renewed, the request sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token renewed before it ran out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last page after %n page(s): %1</source>
        <translation>
            <numerusform>last page after %n page: %1</numerusform>
            <numerusform>last page after %n pages: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) loaded into %1 in %2.</source>
        <translation>
            <numerusform>%n record loaded into %1 in %2.</numerusform>
            <numerusform>%n records loaded into %1 in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready once the API&apos;s wait is over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 records, %3 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the run stopped here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the SQLite file the run loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data the run loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every request to %1 waits %2 s: the API asked to be left alone for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the data and its state are as before the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The run failed; the data and its state are as before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunProgressModel</name>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaModel</name>
    <message numerus="yes">
        <source>%1, %n column(s)</source>
        <translation>
            <numerusform>%1, %n column</numerusform>
            <numerusform>%1, %n columns</numerusform>
        </translation>
    </message>
    <message>
        <source>child of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt system tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows hang from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nullable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>primary key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>merge key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant: values of another type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dlt&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added by load %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeListModel</name>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it lets Grantline do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopesPage</name>
    <message>
        <source>confirm who you are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your name and profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stay signed in (a refresh token)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>defined by the provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what Grantline may do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask only for what you need; the provider shows this list when you sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other scopes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes the list does not have, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes to ask for, and what each allows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretJob</name>
    <message>
        <source>Reading &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving &quot;%1&quot; to the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing &quot;%1&quot; from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretLookupJob</name>
    <message>
        <source>Looking up the pipeline&apos;s secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain entry &quot;%1&quot; (store it with: grantline-cli secret set %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain (not used here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret &quot;%1&quot; was found neither in %2 nor in the environment (%3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretPrompt</name>
    <message>
        <source>Store Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters, digits and _</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value of the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value is kept in %1, never in the pipeline file; the file names it {secrets.NAME}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret&apos;s name starts with a letter and holds letters, digits and _ only (at most 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That looks like the secret&apos;s value, not its name: give it a short name such as shop_api_key, and the value below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStorer</name>
    <message>
        <source>%1 keeps secrets only until Grantline quits; the pipeline could not run after that. Make the keychain available first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret was not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain already holds a secret named %1. Replace it? Every pipeline that uses {secrets.%1} will use the new value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be read, so nothing was stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;callback port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port new connections use in their callback URL when the provider needs a fixed one (APS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sign-in page opens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the system&apos;s browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link; I open it myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store and remove a throwaway entry to see whether secrets can be kept now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked: unlock it, then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing: no keychain answered. Start one (gnome-keyring or KeePassXC&apos;s Secret Service), then test again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInCommands</name>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser could not be started; open the address above yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: login NAME [--no-browser]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &quot;%1&quot;; the token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens are kept in memory only and are gone when this command ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: logout NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To end the session in your browser too, open:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs its client secret, which is in the keychain: a --session-only command cannot sign it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection or its keychain entry cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Edit the connection to use another port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was removed meanwhile; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the tokens to your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another action on this connection is still running; try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInJob</name>
    <message>
        <source>signing in to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser opens the provider&apos;s sign-in page. Come back here when it says you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address, to open it in another browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the sign-in page in the browser once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address is on the clipboard: paste it into a browser, sign in there, and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser was opened. Copy the address below into a browser, sign in there, and come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser came back. Exchanging the code for tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the provider for the app&apos;s own token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in. Asking the provider who you are…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in and allow access in your browser… If the provider reports a wrong redirect or callback URL, the app registered there must have exactly %1 as its callback URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app itself (no person signs in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the connection; the tokens go to your keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the client ID and secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the app registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose another name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOutJob</name>
    <message>
        <source>Signing out of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoking tokens of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no revocation endpoint; signing out forgets the tokens here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no such token to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain could not be updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens of &quot;%1&quot; are forgotten here, but the provider did not confirm their revocation and may accept them until they expire. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlConsole</name>
    <message>
        <source>Run the statements (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the statement running now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow &amp;Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the file is opened read-only, so nothing can change it by accident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SELECT … — Ctrl+Enter runs, Ctrl+Space completes table and column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements run before on this database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome of the statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the last statement that returned rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) in %1 ms.</source>
        <translation>
            <numerusform>%n row in %1 ms.</numerusform>
            <numerusform>%n rows in %1 ms.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed.</source>
        <translation>
            <numerusform>%n row changed.</numerusform>
            <numerusform>%n rows changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped after %1 ms; nothing after the stop was run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statements run in the console will be able to change or delete the loaded data in %1. A run loading into the file waits while a statement writes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A transaction the statements began was still open: it was rolled back. End it with COMMIT in the same run to keep its changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteDatabase</name>
    <message>
        <source>There is no database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full; nothing of this load was saved. Free some space and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only; nothing of this load was saved. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 failed (%2); nothing of this load was saved. The disk may be full or the file too large for this system.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is busy: another program is writing to it. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite failed at &quot;%1&quot; on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s SQLite driver uses another SQLite than Grantline (%1, not %2); Grantline cannot write through it safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 is read-only. Check the file&apos;s permissions, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestRequestDialog</name>
    <message>
        <source>&amp;Use these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the request of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data selector and paginator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the detected data selector and paginator into the endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the detected data selector and paginator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a key or value (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath, e.g. data[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSONPath of the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the JSONPath picks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer&apos;s headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — HTTP %3 — %4 ms — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 — no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Data selector %1 (%2): %n record(s) on this page. Paginator %3 (%4).</source>
        <translation>
            <numerusform>Data selector %1 (%2): %n record on this page. Paginator %3 (%4).</numerusform>
            <numerusform>Data selector %1 (%2): %n records on this page. Paginator %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 picks %n record(s), marked in the tree.</source>
        <translation>
            <numerusform>%1 picks %n record, marked in the tree.</numerusform>
            <numerusform>%1 picks %n records, marked in the tree.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In to %1 Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 again and send the request again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestRequestJob</name>
    <message>
        <source>Testing the request of &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pipeline has no resource named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed, so no request was sent (%1): %2 Sign in again, or check the client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with an HTML page, not JSON: the path or base_url probably leads to a web page (a sign-in or error page) rather than the API. Check both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 is not valid JSON (%2). The API sent a broken answer: look at the body, and try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data_selector &quot;%1&quot; of &quot;%2&quot; matches nothing in this answer (it has: %3). Pick the path of the records in the answer and use it as the data selector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first page of &quot;%1&quot; has no records, so &quot;%2&quot; has nothing to fill its path (%3) with. Test &quot;%1&quot; to see what it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Sign in again, or check the secret the pipeline uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer came from %1: %2 Check the base_url and the network connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the credentials (HTTP 401 from %1). Sign in again, or check the secret or token the pipeline uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API accepted the credentials but does not allow this request (HTTP 403 from %1). Check that the app asks for the scopes this endpoint needs and that the account may see this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was found at %1 (HTTP 404). Check the resource&apos;s path, &quot;%2&quot;, and the base_url.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API failed with HTTP %1 at %2; the fault is on the server&apos;s side, not in the pipeline. Try again later, and if it persists, check the API&apos;s status page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API refused the request (%1). Check the resource&apos;s params, body and headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API is limiting how fast requests come (HTTP 429). Wait a minute, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The API is limiting how fast requests come (HTTP 429). Wait %n second(s), then try again.</source>
        <translation>
            <numerusform>The API is limiting how fast requests come (HTTP 429). Wait %n second, then try again.</numerusform>
            <numerusform>The API is limiting how fast requests come (HTTP 429). Wait %n seconds, then try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenCommands</name>
    <message>
        <source>usage: token show|verify|refresh|revoke|introspect NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: token show NAME [--json] [--reveal]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token of &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refresh token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run grantline-cli login %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed &quot;%1&quot;; the token %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: token revoke NAME [--access|--refresh|--all]</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s) of &quot;%1&quot;.</source>
        <translation>
            <numerusform>Revoked %n token of &quot;%1&quot;.</numerusform>
            <numerusform>Revoked %n tokens of &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: token introspect NAME [--refresh] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider of &quot;%1&quot; has no introspection endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no refresh token to ask about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive (expired, revoked or unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenHistory</name>
    <message>
        <source>The token history of &quot;%1&quot; could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued in the future (%1): this computer&apos;s clock or the provider&apos;s is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid yet: usable %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted JWT (JWE): only the provider can read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An opaque token: it carries no readable claims. Introspection can tell whether it is active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT access token (RFC 9068). Shown for debugging only: it is meant for the API, not for Grantline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JWT. Shown for debugging only: the claims are decoded, not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry in the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has no expiry the provider told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not a valid date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &quot;%1&quot; claim is not a valid date: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenInspector</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the signature against the provider&apos;s published keys (JWKS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scopes granted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Introspect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider whether the token is still active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new access token with the refresh token now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the tokens, forget them, and end the provider&apos;s session in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a readable JWT: only the provider can check this token (Introspect asks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not say when the access token expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token expired %1 ago.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p% of its lifetime used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Valid signature (%1, key %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>? Key not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inactive: expired, revoked or unknown to the provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1 of &quot;%2&quot;? Requests with it stop working at once; without a refresh token you must sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of &quot;%1&quot;? The tokens are revoked and forgotten; the connection stays, ready to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is on the clipboard. Clear it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the chosen token on the clipboard, after a warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID token of &quot;%1&quot; says who you are to anyone who has it, and other programs can read the clipboard. Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has the access token of &quot;%1&quot; can act as you until it expires, and other programs can read the clipboard. Copy it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header and claims of the chosen token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenSet</name>
    <message>
        <source>The provider&apos;s answer has no access_token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider issued a token of type &quot;%1&quot;; Grantline supports only Bearer tokens.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenStatus</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiring soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: sign in again to use this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no refresh token: sign in again when it has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token gets a new one when it is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no access token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenTimeline</name>
    <message>
        <source>Access token lifetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token timeline: sign-ins, refreshes and revocations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenVerificationJob</name>
    <message>
        <source>Checking the token&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider publishes no key set (jwks_uri), so the signature cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s key set at %1 could not be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserInfoJob</name>
    <message>
        <source>Asking %1 who is signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not accept the token for the user&apos;s profile (it may have expired, been revoked, or belong to an app without a user).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s profile could not be read from %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueViewer</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Grantline without a window: the same connections, pipelines and keychain entries as the desktop app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to OAuth-protected REST APIs, load their data into SQLite and browse it.</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>Keep connections in this folder instead of the app data folder (or $GRANTLINE_HOME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep secrets in memory until the command ends instead of in the system keychain (for machines without one). No secret is written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of the commands above, then its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every request after this many milliseconds, give or take the jitter, as a real API over a real network does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far each answer&apos;s latency may differ from --latency, in milliseconds (default: a fifth of it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many hubs to serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many projects each hub has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many top folders each project has; the items are dealt across all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
