# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_belt_global_optspecs
    string join \n a/app= r/remote= account= json api-url= debug dry-run no-color h/help V/version
end

function __fish_belt_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_belt_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_belt_using_subcommand
    set -l cmd (__fish_belt_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c belt -n "__fish_belt_needs_command" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_needs_command" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_needs_command" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_needs_command" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_needs_command" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_needs_command" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_needs_command" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_needs_command" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_needs_command" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:create" -d 'Create a new app'
complete -c belt -n "__fish_belt_needs_command" -f -a "create" -d 'Create a new app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:info" -d 'Show detailed app information'
complete -c belt -n "__fish_belt_needs_command" -f -a "info" -d 'Show detailed app information'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:rename" -d 'Rename an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "rename" -d 'Rename an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:destroy" -d 'Permanently destroy an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "destroy" -d 'Permanently destroy an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:open" -d 'Open the app in a web browser'
complete -c belt -n "__fish_belt_needs_command" -f -a "open" -d 'Open the app in a web browser'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:setup" -d 'Create an app from a directory\'s app.json (add-ons, config, build, postdeploy)'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:manifest" -d 'Print an app.json describing an existing app, to recreate it with apps:setup'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:transfer" -d 'Transfer an app to another user or a team'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:transfers" -d 'List the app transfers waiting for you or for others'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:transfers:accept" -d 'Accept an app transferred to you'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:transfers:decline" -d 'Decline an app transferred to you'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:transfers:cancel" -d 'Cancel a transfer of your app that is still pending'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:join" -d 'Add yourself to a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "join" -d 'Add yourself to a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:leave" -d 'Remove yourself from an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "leave" -d 'Remove yourself from an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:lock" -d 'Prevent team members from joining a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "lock" -d 'Prevent team members from joining a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:unlock" -d 'Let any team member join a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "unlock" -d 'Let any team member join a team app'
complete -c belt -n "__fish_belt_needs_command" -f -a "maintenance:on" -d 'Put an app into maintenance mode'
complete -c belt -n "__fish_belt_needs_command" -f -a "maintenance:off" -d 'Take an app out of maintenance mode'
complete -c belt -n "__fish_belt_needs_command" -f -a "stack:set" -d 'Set the stack of an app\'s next build'
complete -c belt -n "__fish_belt_needs_command" -f -a "serve" -d 'Run the local platform as a standalone HTTPS server'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:status" -d 'Show the local platform\'s state, supervisor and running dynos'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:stop" -d 'Stop every dyno of the local platform, and its supervisor'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:reset" -d 'Delete every app and all state of the local platform'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:run" -d 'Run one command with the environment `belt local` gives its processes'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:users" -d 'List the local platform\'s users'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:users:add" -d 'Add a user to the local platform and write its first API key to a file'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:users:remove" -d 'Remove a user from the local platform, revoking all its API keys'
complete -c belt -n "__fish_belt_needs_command" -f -a "completions" -d 'Print a shell completion script'
complete -c belt -n "__fish_belt_needs_command" -f -a "help" -d 'Show the commands by topic, or one command\'s help'
complete -c belt -n "__fish_belt_needs_command" -f -a "plugins" -d 'List the plugins (belt-NAME executables) found on PATH'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:get" -d 'Display one or more config var values'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:add" -d 'Set one or more config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:set" -d 'Set one or more config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:unset" -d 'Unset one or more config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:remove" -d 'Unset one or more config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:import" -d 'Import config vars from a dotenv file'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:export" -d 'Export config vars as dotenv, JSON or shell'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:edit" -d 'Edit config vars in $EDITOR'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:diff" -d 'Compare the config vars of two apps'
complete -c belt -n "__fish_belt_needs_command" -f -a "config:history" -d 'Show which release changed which config var, and who'
complete -c belt -n "__fish_belt_needs_command" -f -a "releases:info" -d 'Show a release (the current one by default)'
complete -c belt -n "__fish_belt_needs_command" -f -a "releases:diff" -d 'Show what changed between two releases'
complete -c belt -n "__fish_belt_needs_command" -f -a "releases:rollback" -d 'Roll back to an earlier release'
complete -c belt -n "__fish_belt_needs_command" -f -a "rollback" -d 'Roll back to an earlier release'
complete -c belt -n "__fish_belt_needs_command" -f -a "releases:output" -d 'Show a release\'s release command output (the newest release by default)'
complete -c belt -n "__fish_belt_needs_command" -f -a "run:detached" -d 'Run a one-off command on a dyno in the background'
complete -c belt -n "__fish_belt_needs_command" -f -a "auth:login" -d 'Log in to the current account\'s backend'
complete -c belt -n "__fish_belt_needs_command" -f -a "login" -d 'Log in to the current account\'s backend'
complete -c belt -n "__fish_belt_needs_command" -f -a "auth:logout" -d 'Log out: revoke the API key on the backend and forget it'
complete -c belt -n "__fish_belt_needs_command" -f -a "logout" -d 'Log out: revoke the API key on the backend and forget it'
complete -c belt -n "__fish_belt_needs_command" -f -a "auth:whoami" -d 'Show the email of the logged-in user'
complete -c belt -n "__fish_belt_needs_command" -f -a "whoami" -d 'Show the email of the logged-in user'
complete -c belt -n "__fish_belt_needs_command" -f -a "auth:token" -d 'Print the API key of the current account'
complete -c belt -n "__fish_belt_needs_command" -f -a "keys:add" -d 'Add an SSH public key to your account'
complete -c belt -n "__fish_belt_needs_command" -f -a "keys:remove" -d 'Remove an SSH key from your account'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:create" -d 'Create an OAuth authorization: a token, scoped and expiring if asked'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:info" -d 'Show an OAuth authorization'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:update" -d 'Change an OAuth authorization\'s description'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:rotate" -d 'Give an OAuth authorization a new token; the old one stops working'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:revoke" -d 'Revoke an OAuth authorization: its token stops working'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations:destroy" -d 'Revoke an OAuth authorization: its token stops working'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:add" -d 'Add an account on a backend and log in to it'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:set" -d 'Make an account the global current one'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:use" -d 'Bind the current directory to an account (in .belt.toml)'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:current" -d 'Show the account in use here'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:remove" -d 'Remove an account and its stored API key'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:import" -d 'Copy the official Heroku CLI\'s login into belt'
complete -c belt -n "__fish_belt_needs_command" -f -a "git:credentials" -d 'Git credential helper (called by git, not by people)'
complete -c belt -n "__fish_belt_needs_command" -f -a "git:remote" -d 'Add (or point) a git remote at an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "logs" -d 'Show an app\'s logs'
complete -c belt -n "__fish_belt_needs_command" -f -a "builds:create" -d 'Deploy a directory: upload its source, build it and release it'
complete -c belt -n "__fish_belt_needs_command" -f -a "deploy" -d 'Deploy a directory: upload its source, build it and release it'
complete -c belt -n "__fish_belt_needs_command" -f -a "builds:info" -d 'Show a build (the latest by default)'
complete -c belt -n "__fish_belt_needs_command" -f -a "builds:output" -d 'Print a build\'s output (the latest by default), following it while it runs'
complete -c belt -n "__fish_belt_needs_command" -f -a "buildpacks:add" -d 'Add a buildpack, inserting it into the list if -i says where'
complete -c belt -n "__fish_belt_needs_command" -f -a "buildpacks:set" -d 'Set a buildpack, replacing the first one (or the one at -i)'
complete -c belt -n "__fish_belt_needs_command" -f -a "buildpacks:remove" -d 'Remove a buildpack set on the app'
complete -c belt -n "__fish_belt_needs_command" -f -a "buildpacks:clear" -d 'Clear all buildpacks set on the app'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:create" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:add" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:destroy" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:remove" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:info" -d 'Show detailed add-on information'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:services" -d 'List the add-on services of the catalogue'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:plans" -d 'List a service\'s plans'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:upgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:downgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_needs_command" -f -a "pg:info" -d 'Show the app\'s databases'
complete -c belt -n "__fish_belt_needs_command" -f -a "pg:wait" -d 'Wait until the app\'s databases are available'
complete -c belt -n "__fish_belt_needs_command" -f -a "domains:add" -d 'Add a custom domain to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "domains:remove" -d 'Remove a custom domain from an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:scale" -d 'Scale dyno quantities (and sizes) up or down'
complete -c belt -n "__fish_belt_needs_command" -f -a "scale" -d 'Scale dyno quantities (and sizes) up or down'
complete -c belt -n "__fish_belt_needs_command" -f -a "dyno:scale" -d 'Scale dyno quantities (and sizes) up or down'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:restart" -d 'Restart dynos (all, one process type, or one dyno)'
complete -c belt -n "__fish_belt_needs_command" -f -a "restart" -d 'Restart dynos (all, one process type, or one dyno)'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:stop" -d 'Stop dynos (one process type, or one dyno)'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:type" -d 'Change the dyno size of process types'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:resize" -d 'Change the dyno size of process types'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps:wait" -d 'Wait for every dyno to be running the newest release'
complete -c belt -n "__fish_belt_needs_command" -f -a "labs:info" -d 'Show an experimental feature'
complete -c belt -n "__fish_belt_needs_command" -f -a "labs:enable" -d 'Enable an experimental feature'
complete -c belt -n "__fish_belt_needs_command" -f -a "labs:disable" -d 'Disable an experimental feature'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:create" -d 'Create a new pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:add" -d 'Add this app to a pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:remove" -d 'Remove this app from its pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:info" -d 'Show the apps in a pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:rename" -d 'Rename a pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:update" -d 'Change the app\'s stage in its pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:destroy" -d 'Destroy a pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:promote" -d 'Promote the app\'s latest release to its downstream app(s)'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:diff" -d 'Compare the app\'s latest release to its downstream app(s)'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines:open" -d 'Open a pipeline in the dashboard'
complete -c belt -n "__fish_belt_needs_command" -f -a "ci:config" -d 'Display CI config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "ci:config:get" -d 'Get a CI config var'
complete -c belt -n "__fish_belt_needs_command" -f -a "ci:config:set" -d 'Set CI config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "ci:config:unset" -d 'Unset CI config vars'
complete -c belt -n "__fish_belt_needs_command" -f -a "reviewapps:create" -d 'Create a review app from a branch'
complete -c belt -n "__fish_belt_needs_command" -f -a "reviewapps:destroy" -d 'Destroy a review app'
complete -c belt -n "__fish_belt_needs_command" -f -a "reviewapps:enable" -d 'Enable review apps and/or settings on an existing pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "reviewapps:disable" -d 'Disable review apps and/or settings on an existing pipeline'
complete -c belt -n "__fish_belt_needs_command" -f -a "access:add" -d 'Add a collaborator to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "access:update" -d 'Change a team app collaborator\'s permissions'
complete -c belt -n "__fish_belt_needs_command" -f -a "access:remove" -d 'Remove someone\'s access to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "teams" -d 'List the teams you are a member of'
complete -c belt -n "__fish_belt_needs_command" -f -a "members:add" -d 'Add a member to a team'
complete -c belt -n "__fish_belt_needs_command" -f -a "members:set" -d 'Change a team member\'s role'
complete -c belt -n "__fish_belt_needs_command" -f -a "members:remove" -d 'Remove a member from a team'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps" -d 'List your apps'
complete -c belt -n "__fish_belt_needs_command" -f -a "apps:list" -d 'List your apps'
complete -c belt -n "__fish_belt_needs_command" -f -a "maintenance" -d 'Show whether an app is in maintenance mode'
complete -c belt -n "__fish_belt_needs_command" -f -a "stack" -d 'List the available stacks, marking the app\'s'
complete -c belt -n "__fish_belt_needs_command" -f -a "local" -d 'Run the Procfile\'s processes on this machine, as `heroku local` does'
complete -c belt -n "__fish_belt_needs_command" -f -a "local:start" -d 'Run the Procfile\'s processes on this machine, as `heroku local` does'
complete -c belt -n "__fish_belt_needs_command" -f -a "config" -d 'Display the config vars for an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "releases" -d 'List the releases of an app, newest first'
complete -c belt -n "__fish_belt_needs_command" -f -a "run" -d 'Run a one-off command on a dyno, attached to this terminal'
complete -c belt -n "__fish_belt_needs_command" -f -a "auth" -d 'auth commands (same as auth:COMMAND)'
complete -c belt -n "__fish_belt_needs_command" -f -a "keys" -d 'List your SSH keys'
complete -c belt -n "__fish_belt_needs_command" -f -a "authorizations" -d 'List your OAuth authorizations'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts" -d 'List accounts; the one in use here is marked *'
complete -c belt -n "__fish_belt_needs_command" -f -a "accounts:list" -d 'List accounts; the one in use here is marked *'
complete -c belt -n "__fish_belt_needs_command" -f -a "git" -d 'git commands (same as git:COMMAND)'
complete -c belt -n "__fish_belt_needs_command" -f -a "builds" -d 'List an app\'s builds, newest first'
complete -c belt -n "__fish_belt_needs_command" -f -a "builds:list" -d 'List an app\'s builds, newest first'
complete -c belt -n "__fish_belt_needs_command" -f -a "buildpacks" -d 'List the buildpacks on an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons" -d 'List an app\'s add-ons'
complete -c belt -n "__fish_belt_needs_command" -f -a "addons:list" -d 'List an app\'s add-ons'
complete -c belt -n "__fish_belt_needs_command" -f -a "pg" -d 'pg commands (same as pg:COMMAND)'
complete -c belt -n "__fish_belt_needs_command" -f -a "domains" -d 'List an app\'s domains'
complete -c belt -n "__fish_belt_needs_command" -f -a "domains:list" -d 'List an app\'s domains'
complete -c belt -n "__fish_belt_needs_command" -f -a "ps" -d 'List an app\'s dynos'
complete -c belt -n "__fish_belt_needs_command" -f -a "labs" -d 'List experimental features'
complete -c belt -n "__fish_belt_needs_command" -f -a "pipelines" -d 'List pipelines you have access to'
complete -c belt -n "__fish_belt_needs_command" -f -a "ci" -d 'ci commands (same as ci:COMMAND)'
complete -c belt -n "__fish_belt_needs_command" -f -a "reviewapps" -d 'List a pipeline\'s review apps'
complete -c belt -n "__fish_belt_needs_command" -f -a "access" -d 'List who has access to an app'
complete -c belt -n "__fish_belt_needs_command" -f -a "members" -d 'List the members of a team'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s s -l stack -d 'Stack to build on (heroku-24, heroku-22, container, cedar)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l no-remote -d 'Do not add a git remote'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand create" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand create" -s s -l stack -d 'Stack to build on (heroku-24, heroku-22, container, cedar)' -r
complete -c belt -n "__fish_belt_using_subcommand create" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand create" -l no-remote -d 'Do not add a git remote'
complete -c belt -n "__fish_belt_using_subcommand create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l name -d 'Name of the new app (also -a; generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s s -l stack -d 'Stack to build on, instead of the manifest\'s' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s e -l env -d 'A value for one of the manifest\'s env keys (required keys need one); repeatable' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s b -l buildpack -d 'A buildpack to build with instead of the manifest\'s; repeatable, in order' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l wait -d 'Then wait until every dyno is up (as ps:wait), looking every --wait-interval seconds'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:setup" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l values -d 'Put each config var\'s value in `env` (secrets included: mind where the file goes)'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:manifest" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s c -l confirm -d 'The app\'s name, to confirm without a prompt (a team app given to a user)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s l -l locked -d 'Lock the app once it is the team\'s'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:transfer" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:accept" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:decline" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:transfers:cancel" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:join" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:join" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand join" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand join" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand join" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand join" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand join" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand join" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand join" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand join" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand join" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:leave" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand leave" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand leave" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand leave" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand leave" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand leave" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand leave" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand leave" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand leave" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand leave" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:lock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand lock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand lock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand lock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand lock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand lock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand lock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand lock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand lock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand lock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand maintenance:on" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand maintenance:off" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand stack:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand stack:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand serve" -l port -d 'Port to listen on (0 picks a free one)' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -l bind -d 'Address to bind; the default reaches this machine only' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -l data-dir -d 'Where the platform keeps its database, TLS material and repositories' -r -F
complete -c belt -n "__fish_belt_using_subcommand serve" -l router-port -d 'Port of the router, where `http://APP.localhost:PORT/` reaches an app\'s web dynos' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand serve" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand serve" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand serve" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand serve" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand serve" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand serve" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:status" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:status" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:status" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:status" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:status" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:status" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:status" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:status" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:status" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:stop" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:stop" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l confirm -d 'Type `local` to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand local:reset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:reset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:reset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:run" -s e -l env -d 'Env file to load, or a comma-separated list of them (defaults to .env)' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -s p -l port -d 'Port to listen on (the first process\'s; defaults to PORT, then 5006)' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:run" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:run" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:run" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:run" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:run" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:users" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:users" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:users" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:users" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:users" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:users" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:users" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:users" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:users" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:users" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l key-file -d 'Where to write its first API key (default: user-keys/EMAIL.key in the data directory)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l password-stdin -d 'Read a password for the user from stdin (first line), for interactive and browser logins'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:users:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:users:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand completions" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand completions" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand completions" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand completions" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand completions" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand completions" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand completions" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand completions" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand completions" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand completions" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand help" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand help" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand help" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand help" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand help" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand help" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand help" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand help" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand help" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand plugins" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand plugins" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand plugins" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand plugins" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand plugins" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand plugins" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand plugins" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand plugins" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand plugins" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand plugins" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:get" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:get" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:get" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:get" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:get" -s s -l shell -d 'Print KEY=\'value\' lines a shell can source'
complete -c belt -n "__fish_belt_using_subcommand config:get" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:get" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:get" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:get" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:get" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:add" -l file -d 'Read the one KEY\'s value from the file at PATH, byte for byte' -r -F
complete -c belt -n "__fish_belt_using_subcommand config:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:add" -l stdin -d 'Read the one KEY\'s value from standard input, all of it (a terminal is asked, without echo)'
complete -c belt -n "__fish_belt_using_subcommand config:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:set" -l file -d 'Read the one KEY\'s value from the file at PATH, byte for byte' -r -F
complete -c belt -n "__fish_belt_using_subcommand config:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:set" -l stdin -d 'Read the one KEY\'s value from standard input, all of it (a terminal is asked, without echo)'
complete -c belt -n "__fish_belt_using_subcommand config:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:unset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:unset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:import" -l overwrite -d 'Replace the values of keys that are already set'
complete -c belt -n "__fish_belt_using_subcommand config:import" -l prune -d 'Remove config vars the file does not have'
complete -c belt -n "__fish_belt_using_subcommand config:import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:export" -l format -d 'Output format' -r -f -a "dotenv\t''
json\t''
shell\t''"
complete -c belt -n "__fish_belt_using_subcommand config:export" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:export" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:export" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:export" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:export" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:export" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:export" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:export" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:export" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:edit" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:edit" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l values -d 'Show the values, not only the keys (secrets included)'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config:history" -s n -l num -d 'Show only the N most recent changes' -r
complete -c belt -n "__fish_belt_using_subcommand config:history" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config:history" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config:history" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config:history" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config:history" -l values -d 'Show the values set, changed and removed (secrets included)'
complete -c belt -n "__fish_belt_using_subcommand config:history" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config:history" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config:history" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config:history" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config:history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config:history" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases:info" -s s -l shell -d 'Print the release\'s config vars as KEY=\'value\' lines'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases:diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases:rollback" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand rollback" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand rollback" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand rollback" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand rollback" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand rollback" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand rollback" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand rollback" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand rollback" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand rollback" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases:output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases:output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s s -l size -d 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s e -l env -d 'Environment for the command, e.g. "A=1;B=2" (may be repeated)' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l type -d 'Process type the dyno is reported as' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand run:detached" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth:login" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth:login" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth:login" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand login" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand login" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand login" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand login" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand login" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand login" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand login" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand login" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand login" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand login" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand login" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand login" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand login" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth:logout" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand logout" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand logout" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand logout" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand logout" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand logout" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand logout" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand logout" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand logout" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand logout" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth:whoami" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand whoami" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand whoami" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand whoami" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand whoami" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand whoami" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand whoami" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand whoami" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand whoami" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand whoami" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth:token" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth:token" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand keys:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand keys:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand keys:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s d -l description -d 'What the token is for' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s e -l expires-in -d 'Seconds until the token expires (default: never)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s s -l scope -d 'Scopes, comma-separated: global, identity, read, write, read-protected, write-protected' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s S -l short -d 'Print only the token'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -s d -l description -d 'The new description' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:rotate" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:revoke" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations:destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l ca-cert -d 'A CA certificate (PEM) to trust for this account\'s backend' -r -F
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:use" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:current" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l force -d 'Remove it even if it is the current account'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand git:credentials" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand git:remote" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand git:remote" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand logs" -s n -l num -d 'Number of recent lines to show (at most 1500); with a filter, the last N matching lines' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -s d -l dyno -d 'Only lines of this process type (`web`) or dyno (`web.1`)' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -s s -l source -d 'Only lines from this source' -r -f -a "app\t''
heroku\t''"
complete -c belt -n "__fish_belt_using_subcommand logs" -l since -d 'Only lines stamped at or after TIME: 30s, 10m, 2h, 1d ago, or ISO 8601 (UTC unless it has an offset)' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -l until -d 'Only lines stamped at or before TIME (the forms of --since). Not with --tail, which follows new lines: to stop one at a time, run it under `timeout`' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -l grep -d 'Only lines containing TEXT (case-sensitive)' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -l grep-regex -d 'Only lines matching the regular expression RE (Rust regex syntax; `(?i)` ignores case)' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand logs" -s t -l tail -d 'Keep streaming new lines until interrupted'
complete -c belt -n "__fish_belt_using_subcommand logs" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand logs" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand logs" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand logs" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand logs" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand logs" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l wait -d 'Then wait until every dyno is up on the new release (as ps:wait), looking every --wait-interval seconds (at least 10 against an API on another machine)'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand deploy" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand deploy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand deploy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand deploy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand deploy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand deploy" -l wait -d 'Then wait until every dyno is up on the new release (as ps:wait), looking every --wait-interval seconds (at least 10 against an API on another machine)'
complete -c belt -n "__fish_belt_using_subcommand deploy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand deploy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand deploy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand deploy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand deploy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand deploy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds:output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -s i -l index -d 'The 1-based index of the buildpack in the app\'s list' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -s i -l index -d 'The 1-based index of the buildpack in the app\'s list' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -s i -l index -d 'The 1-based index of the buildpack to remove' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks:clear" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:services" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:services" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:plans" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:upgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:downgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pg:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pg:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pg:wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l wait -d 'Then wait until the scaled types\' dynos are up on the newest release (as ps:wait)'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:scale" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand scale" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand scale" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand scale" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand scale" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand scale" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand scale" -l wait -d 'Then wait until the scaled types\' dynos are up on the newest release (as ps:wait)'
complete -c belt -n "__fish_belt_using_subcommand scale" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand scale" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand scale" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand scale" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand scale" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l wait -d 'Then wait until the scaled types\' dynos are up on the newest release (as ps:wait)'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand dyno:scale" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:restart" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand restart" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand restart" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand restart" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand restart" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand restart" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand restart" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand restart" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand restart" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand restart" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:stop" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:type" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:type" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:resize" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s t -l type -d 'Wait for one specific dyno type' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s R -l with-run -d 'Whether to wait for one-off run dynos'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps:wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs:enable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l confirm -d 'The app\'s name typed back, to disable spaces-strict-tls without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs:disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s s -l stage -d 'The app\'s stage in the pipeline' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s t -l team -d 'The team to own the pipeline (the user creating it by default)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -s s -l stage -d 'The app\'s stage in the pipeline' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -s s -l stage -d 'The app\'s new stage' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -s t -l to -d 'Comma-separated apps to promote to (names or ids), instead of the next stage\'s apps' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:promote" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l values -d 'Show the differing config vars\' values, not only their names'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines:open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s s -l shell -d 'Print KEY=\'value\' lines a shell can source'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci:config" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s s -l shell -d 'Print KEY=\'value\', as a shell reads it'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci:config:get" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci:config:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci:config:unset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s b -l branch -d 'The branch (or any commit) to make the review app from: the current branch by default' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l pr -d 'The pull request number the review app is for' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l wait-interval -d 'How often to look at the review app while waiting, in seconds' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l wait -d 'Wait until the review app is created (or failed), and print its URL (always, on the embedded platform, where the setup runs inside belt)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s p -l pipeline -d 'Name or id of the pipeline (with --branch or --pr, instead of -a)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s b -l branch -d 'The review app\'s branch' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l pr -d 'The review app\'s pull request number' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l confirm -d 'The review app\'s app name, to skip the confirmation prompt' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l wait-interval -d 'How often to look at the review app while it goes, in seconds' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l stale-days -d 'Days without a deploy after which --autodestroy destroys a review app (1 to 30)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l autodeploy -d 'Autodeploy the review app'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l autodestroy -d 'Autodestroy the review app'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l wait-for-ci -d 'Wait for CI to pass before deploying'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:enable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l no-autodeploy -d 'Disable autodeployments'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l no-autodestroy -d 'Disable automatically destroying review apps'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l no-wait-for-ci -d 'Disable wait for CI'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps:disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access:add" -s p -l permissions -d 'Permissions on a team app, comma separated (view, deploy, operate, manage)' -r
complete -c belt -n "__fish_belt_using_subcommand access:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access:update" -s p -l permissions -d 'The new permissions, comma separated (deploy, operate, manage)' -r
complete -c belt -n "__fish_belt_using_subcommand access:update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access:update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access:update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access:update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access:update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access:update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access:update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access:update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access:update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access:update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand teams" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand teams" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand teams" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand teams" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand teams" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand teams" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand teams" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand teams" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand teams" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand teams" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members:add" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -l role -d 'The member\'s role (admin, member, viewer)' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members:set" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -l role -d 'The member\'s role (admin, member, viewer)' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s p -l personal -d 'Your personal apps even when HEROKU_TEAM names a team'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "create" -d 'Create a new app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "info" -d 'Show detailed app information'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "rename" -d 'Rename an app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "destroy" -d 'Permanently destroy an app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "open" -d 'Open the app in a web browser'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "setup" -d 'Create an app from a directory\'s app.json (add-ons, config, build, postdeploy)'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "manifest" -d 'Print an app.json describing an existing app, to recreate it with apps:setup'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfer" -d 'Transfer an app to another user or a team'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers" -d 'List the app transfers waiting for you or for others'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:accept" -d 'Accept an app transferred to you'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:decline" -d 'Decline an app transferred to you'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:cancel" -d 'Cancel a transfer of your app that is still pending'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "join" -d 'Add yourself to a team app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "leave" -d 'Remove yourself from an app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "lock" -d 'Prevent team members from joining a team app'
complete -c belt -n "__fish_belt_using_subcommand apps; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "unlock" -d 'Let any team member join a team app'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s s -l stack -d 'Stack to build on (heroku-24, heroku-22, container, cedar)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l no-remote -d 'Do not add a git remote'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l name -d 'Name of the new app (also -a; generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s s -l stack -d 'Stack to build on, instead of the manifest\'s' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s e -l env -d 'A value for one of the manifest\'s env keys (required keys need one); repeatable' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s b -l buildpack -d 'A buildpack to build with instead of the manifest\'s; repeatable, in order' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l wait -d 'Then wait until every dyno is up (as ps:wait), looking every --wait-interval seconds'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l values -d 'Put each config var\'s value in `env` (secrets included: mind where the file goes)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from manifest" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s c -l confirm -d 'The app\'s name, to confirm without a prompt (a team app given to a user)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s l -l locked -d 'Lock the app once it is the team\'s'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:accept" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:decline" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from transfers:cancel" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s p -l personal -d 'Your personal apps even when HEROKU_TEAM names a team'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "create" -d 'Create a new app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "info" -d 'Show detailed app information'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "rename" -d 'Rename an app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "destroy" -d 'Permanently destroy an app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "open" -d 'Open the app in a web browser'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "setup" -d 'Create an app from a directory\'s app.json (add-ons, config, build, postdeploy)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "manifest" -d 'Print an app.json describing an existing app, to recreate it with apps:setup'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfer" -d 'Transfer an app to another user or a team'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers" -d 'List the app transfers waiting for you or for others'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:accept" -d 'Accept an app transferred to you'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:decline" -d 'Decline an app transferred to you'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "transfers:cancel" -d 'Cancel a transfer of your app that is still pending'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "join" -d 'Add yourself to a team app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "leave" -d 'Remove yourself from an app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "lock" -d 'Prevent team members from joining a team app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and not __fish_seen_subcommand_from create info rename destroy open setup manifest transfer transfers transfers:accept transfers:decline transfers:cancel join leave lock unlock" -f -a "unlock" -d 'Let any team member join a team app'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s s -l stack -d 'Stack to build on (heroku-24, heroku-22, container, cedar)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l no-remote -d 'Do not add a git remote'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l name -d 'Name of the new app (also -a; generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l region -d 'Region to create the app in (us, eu)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s s -l stack -d 'Stack to build on, instead of the manifest\'s' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s e -l env -d 'A value for one of the manifest\'s env keys (required keys need one); repeatable' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s b -l buildpack -d 'A buildpack to build with instead of the manifest\'s; repeatable, in order' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l wait -d 'Then wait until every dyno is up (as ps:wait), looking every --wait-interval seconds'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l values -d 'Put each config var\'s value in `env` (secrets included: mind where the file goes)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from manifest" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s c -l confirm -d 'The app\'s name, to confirm without a prompt (a team app given to a user)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s l -l locked -d 'Lock the app once it is the team\'s'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfer" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:accept" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:decline" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from transfers:cancel" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from join" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from leave" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from lock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand apps:list; and __fish_seen_subcommand_from unlock" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -f -a "on" -d 'Put an app into maintenance mode'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and not __fish_seen_subcommand_from on off" -f -a "off" -d 'Take an app out of maintenance mode'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from on" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand maintenance; and __fish_seen_subcommand_from off" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand stack; and not __fish_seen_subcommand_from set" -f -a "set" -d 'Set the stack of an app\'s next build'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand stack; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s f -l procfile -d 'Use a different Procfile' -r -F
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l start-cmd -d 'Command to run as web when there is no Procfile' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s e -l env -d 'Env file to load, or a comma-separated list of them (defaults to .env)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s p -l port -d 'Port to listen on (the first process\'s; defaults to PORT, then 5006)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "status" -d 'Show the local platform\'s state, supervisor and running dynos'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "stop" -d 'Stop every dyno of the local platform, and its supervisor'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "reset" -d 'Delete every app and all state of the local platform'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "run" -d 'Run one command with the environment `belt local` gives its processes'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users" -d 'List the local platform\'s users'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users:add" -d 'Add a user to the local platform and write its first API key to a file'
complete -c belt -n "__fish_belt_using_subcommand local; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users:remove" -d 'Remove a user from the local platform, revoking all its API keys'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l confirm -d 'Type `local` to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s e -l env -d 'Env file to load, or a comma-separated list of them (defaults to .env)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s p -l port -d 'Port to listen on (the first process\'s; defaults to PORT, then 5006)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l key-file -d 'Where to write its first API key (default: user-keys/EMAIL.key in the data directory)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l password-stdin -d 'Read a password for the user from stdin (first line), for interactive and browser logins'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local; and __fish_seen_subcommand_from users:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s f -l procfile -d 'Use a different Procfile' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l start-cmd -d 'Command to run as web when there is no Procfile' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s e -l env -d 'Env file to load, or a comma-separated list of them (defaults to .env)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s p -l port -d 'Port to listen on (the first process\'s; defaults to PORT, then 5006)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "status" -d 'Show the local platform\'s state, supervisor and running dynos'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "stop" -d 'Stop every dyno of the local platform, and its supervisor'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "reset" -d 'Delete every app and all state of the local platform'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "run" -d 'Run one command with the environment `belt local` gives its processes'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users" -d 'List the local platform\'s users'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users:add" -d 'Add a user to the local platform and write its first API key to a file'
complete -c belt -n "__fish_belt_using_subcommand local:start; and not __fish_seen_subcommand_from status stop reset run users users:add users:remove" -a "users:remove" -d 'Remove a user from the local platform, revoking all its API keys'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l confirm -d 'Type `local` to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from reset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s e -l env -d 'Env file to load, or a comma-separated list of them (defaults to .env)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s p -l port -d 'Port to listen on (the first process\'s; defaults to PORT, then 5006)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from run" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l key-file -d 'Where to write its first API key (default: user-keys/EMAIL.key in the data directory)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l password-stdin -d 'Read a password for the user from stdin (first line), for interactive and browser logins'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l data-dir -d 'The data directory of a `belt serve` (default: the embedded platform\'s)' -r -F
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand local:start; and __fish_seen_subcommand_from users:remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -s s -l shell -d 'Print KEY=\'value\' lines a shell can source'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "get" -d 'Display one or more config var values'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "add" -d 'Set one or more config vars'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "set" -d 'Set one or more config vars'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "unset" -d 'Unset one or more config vars'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "remove" -d 'Unset one or more config vars'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "import" -d 'Import config vars from a dotenv file'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "export" -d 'Export config vars as dotenv, JSON or shell'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "edit" -d 'Edit config vars in $EDITOR'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "diff" -d 'Compare the config vars of two apps'
complete -c belt -n "__fish_belt_using_subcommand config; and not __fish_seen_subcommand_from get add set unset remove import export edit diff history" -f -a "history" -d 'Show which release changed which config var, and who'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -s s -l shell -d 'Print KEY=\'value\' lines a shell can source'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from get" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l file -d 'Read the one KEY\'s value from the file at PATH, byte for byte' -r -F
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l stdin -d 'Read the one KEY\'s value from standard input, all of it (a terminal is asked, without echo)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l file -d 'Read the one KEY\'s value from the file at PATH, byte for byte' -r -F
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l stdin -d 'Read the one KEY\'s value from standard input, all of it (a terminal is asked, without echo)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from unset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l overwrite -d 'Replace the values of keys that are already set'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l prune -d 'Remove config vars the file does not have'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l format -d 'Output format' -r -f -a "dotenv\t''
json\t''
shell\t''"
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from export" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from edit" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l values -d 'Show the values, not only the keys (secrets included)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -s n -l num -d 'Show only the N most recent changes' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l values -d 'Show the values set, changed and removed (secrets included)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand config; and __fish_seen_subcommand_from history" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -s n -l num -d 'How many releases to show (any number: belt reads as many pages as it takes)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -f -a "info" -d 'Show a release (the current one by default)'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -f -a "diff" -d 'Show what changed between two releases'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -f -a "rollback" -d 'Roll back to an earlier release'
complete -c belt -n "__fish_belt_using_subcommand releases; and not __fish_seen_subcommand_from info diff rollback output" -f -a "output" -d 'Show a release\'s release command output (the newest release by default)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -s s -l shell -d 'Print the release\'s config vars as KEY=\'value\' lines'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from rollback" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand releases; and __fish_seen_subcommand_from output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s s -l size -d 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s e -l env -d 'Environment for the command, e.g. "A=1;B=2" (may be repeated)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l type -d 'Process type the dyno is reported as' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l no-tty -d 'Run the command on plain pipes, not a terminal, even from a terminal'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s x -l exit-code -d 'Exit with the command\'s status (always done; accepted for Heroku CLI compatibility)'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand run; and not __fish_seen_subcommand_from detached" -a "detached" -d 'Run a one-off command on a dyno in the background'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s s -l size -d 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s e -l env -d 'Environment for the command, e.g. "A=1;B=2" (may be repeated)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l type -d 'Process type the dyno is reported as' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand run; and __fish_seen_subcommand_from detached" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -s h -l help -d 'Print help'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -f -a "login" -d 'Log in to the current account\'s backend'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -f -a "logout" -d 'Log out: revoke the API key on the backend and forget it'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -f -a "whoami" -d 'Show the email of the logged-in user'
complete -c belt -n "__fish_belt_using_subcommand auth; and not __fish_seen_subcommand_from login logout whoami token" -f -a "token" -d 'Print the API key of the current account'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from login" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from logout" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from whoami" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand auth; and __fish_seen_subcommand_from token" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -f -a "add" -d 'Add an SSH public key to your account'
complete -c belt -n "__fish_belt_using_subcommand keys; and not __fish_seen_subcommand_from add remove" -f -a "remove" -d 'Remove an SSH key from your account'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand keys; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "create" -d 'Create an OAuth authorization: a token, scoped and expiring if asked'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "info" -d 'Show an OAuth authorization'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "update" -d 'Change an OAuth authorization\'s description'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "rotate" -d 'Give an OAuth authorization a new token; the old one stops working'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "revoke" -d 'Revoke an OAuth authorization: its token stops working'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and not __fish_seen_subcommand_from create info update rotate revoke destroy" -f -a "destroy" -d 'Revoke an OAuth authorization: its token stops working'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s d -l description -d 'What the token is for' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s e -l expires-in -d 'Seconds until the token expires (default: never)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s s -l scope -d 'Scopes, comma-separated: global, identity, read, write, read-protected, write-protected' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s S -l short -d 'Print only the token'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -s d -l description -d 'The new description' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from revoke" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand authorizations; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "add" -d 'Add an account on a backend and log in to it'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "set" -d 'Make an account the global current one'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "use" -d 'Bind the current directory to an account (in .belt.toml)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "current" -d 'Show the account in use here'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "remove" -d 'Remove an account and its stored API key'
complete -c belt -n "__fish_belt_using_subcommand accounts; and not __fish_seen_subcommand_from add set use current remove import" -f -a "import" -d 'Copy the official Heroku CLI\'s login into belt'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l ca-cert -d 'A CA certificate (PEM) to trust for this account\'s backend' -r -F
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l force -d 'Remove it even if it is the current account'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "add" -d 'Add an account on a backend and log in to it'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "set" -d 'Make an account the global current one'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "use" -d 'Bind the current directory to an account (in .belt.toml)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "current" -d 'Show the account in use here'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "remove" -d 'Remove an account and its stored API key'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and not __fish_seen_subcommand_from add set use current remove import" -f -a "import" -d 'Copy the official Heroku CLI\'s login into belt'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l ca-cert -d 'A CA certificate (PEM) to trust for this account\'s backend' -r -F
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -s i -l interactive -d 'Log in with email and password (or an API key) at a prompt'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l with-token -d 'Read the API key from stdin (for CI)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l browser -d 'Log in through the browser even when not on a terminal'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from use" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from current" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l force -d 'Remove it even if it is the current account'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l insecure-storage -d 'Keep the API key in a file (mode 0600) instead of the OS keyring'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand accounts:list; and __fish_seen_subcommand_from import" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -s h -l help -d 'Print help'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -f -a "credentials" -d 'Git credential helper (called by git, not by people)'
complete -c belt -n "__fish_belt_using_subcommand git; and not __fish_seen_subcommand_from credentials remote" -f -a "remote" -d 'Add (or point) a git remote at an app'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from credentials" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand git; and __fish_seen_subcommand_from remote" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -s n -l num -d 'How many builds to show (any number: belt reads as many pages as it takes)' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -f -a "create" -d 'Deploy a directory: upload its source, build it and release it'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -f -a "info" -d 'Show a build (the latest by default)'
complete -c belt -n "__fish_belt_using_subcommand builds; and not __fish_seen_subcommand_from create info output" -f -a "output" -d 'Print a build\'s output (the latest by default), following it while it runs'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l wait -d 'Then wait until every dyno is up on the new release (as ps:wait), looking every --wait-interval seconds (at least 10 against an API on another machine)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds; and __fish_seen_subcommand_from output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -s n -l num -d 'How many builds to show (any number: belt reads as many pages as it takes)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -f -a "create" -d 'Deploy a directory: upload its source, build it and release it'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -f -a "info" -d 'Show a build (the latest by default)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and not __fish_seen_subcommand_from create info output" -f -a "output" -d 'Print a build\'s output (the latest by default), following it while it runs'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l wait -d 'Then wait until every dyno is up on the new release (as ps:wait), looking every --wait-interval seconds (at least 10 against an API on another machine)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l wait-interval -d 'Seconds between looks at a build whose output has paused' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand builds:list; and __fish_seen_subcommand_from output" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -f -a "add" -d 'Add a buildpack, inserting it into the list if -i says where'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -f -a "set" -d 'Set a buildpack, replacing the first one (or the one at -i)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -f -a "remove" -d 'Remove a buildpack set on the app'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and not __fish_seen_subcommand_from add set remove clear" -f -a "clear" -d 'Clear all buildpacks set on the app'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -s i -l index -d 'The 1-based index of the buildpack in the app\'s list' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -s i -l index -d 'The 1-based index of the buildpack in the app\'s list' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -s i -l index -d 'The 1-based index of the buildpack to remove' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand buildpacks; and __fish_seen_subcommand_from clear" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s A -l all -d 'List the add-ons of all your apps'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "create" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "add" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "destroy" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "remove" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "info" -d 'Show detailed add-on information'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "services" -d 'List the add-on services of the catalogue'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "plans" -d 'List a service\'s plans'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "upgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_using_subcommand addons; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "downgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from plans" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from upgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons; and __fish_seen_subcommand_from downgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s A -l all -d 'List the add-ons of all your apps'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "create" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "add" -d 'Create an add-on and attach it to an app'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "destroy" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "remove" -d 'Permanently destroy add-ons'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "info" -d 'Show detailed add-on information'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "services" -d 'List the add-on services of the catalogue'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "plans" -d 'List a service\'s plans'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "upgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and not __fish_seen_subcommand_from create add destroy remove info services plans upgrade downgrade" -f -a "downgrade" -d 'Change an add-on\'s plan'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l as -d 'Attachment name: the config vars\' prefix (`--as MAIL` gives MAIL_USERNAME, ...)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l name -d 'Name of the add-on (generated when omitted)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l wait -d 'Wait until the add-on is provisioned'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -s c -l confirm -d 'The app\'s name, to confirm without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from services" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from plans" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from upgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand addons:list; and __fish_seen_subcommand_from downgrade" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -s h -l help -d 'Print help'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -f -a "info" -d 'Show the app\'s databases'
complete -c belt -n "__fish_belt_using_subcommand pg; and not __fish_seen_subcommand_from info wait" -f -a "wait" -d 'Wait until the app\'s databases are available'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l wait-interval -d 'How frequently to poll while waiting, in seconds (to avoid rate limiting)' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pg; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -f -a "add" -d 'Add a custom domain to an app'
complete -c belt -n "__fish_belt_using_subcommand domains; and not __fish_seen_subcommand_from add remove" -f -a "remove" -d 'Remove a custom domain from an app'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -f -a "add" -d 'Add a custom domain to an app'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and not __fish_seen_subcommand_from add remove" -f -a "remove" -d 'Remove a custom domain from an app'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand domains:list; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "scale" -d 'Scale dyno quantities (and sizes) up or down'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "restart" -d 'Restart dynos (all, one process type, or one dyno)'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "stop" -d 'Stop dynos (one process type, or one dyno)'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "type" -d 'Change the dyno size of process types'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "resize" -d 'Change the dyno size of process types'
complete -c belt -n "__fish_belt_using_subcommand ps; and not __fish_seen_subcommand_from scale restart stop type resize wait" -a "wait" -d 'Wait for every dyno to be running the newest release'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l wait -d 'Then wait until the scaled types\' dynos are up on the newest release (as ps:wait)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from scale" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from restart" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from stop" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from type" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from resize" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s t -l type -d 'Wait for one specific dyno type' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s w -l wait-interval -d 'How frequently to poll in seconds (to avoid hitting Heroku API rate limits); at least 10, except against an API on this machine' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s R -l with-run -d 'Whether to wait for one-off run dynos'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ps; and __fish_seen_subcommand_from wait" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -f -a "info" -d 'Show an experimental feature'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -f -a "enable" -d 'Enable an experimental feature'
complete -c belt -n "__fish_belt_using_subcommand labs; and not __fish_seen_subcommand_from info enable disable" -f -a "disable" -d 'Disable an experimental feature'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l confirm -d 'The app\'s name typed back, to disable spaces-strict-tls without a prompt' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand labs; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "create" -d 'Create a new pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "add" -d 'Add this app to a pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "remove" -d 'Remove this app from its pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "info" -d 'Show the apps in a pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "rename" -d 'Rename a pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "update" -d 'Change the app\'s stage in its pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "destroy" -d 'Destroy a pipeline'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "promote" -d 'Promote the app\'s latest release to its downstream app(s)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "diff" -d 'Compare the app\'s latest release to its downstream app(s)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and not __fish_seen_subcommand_from create add remove info rename update destroy promote diff open" -f -a "open" -d 'Open a pipeline in the dashboard'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s s -l stage -d 'The app\'s stage in the pipeline' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s t -l team -d 'The team to own the pipeline (the user creating it by default)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -s s -l stage -d 'The app\'s stage in the pipeline' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from info" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from rename" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s s -l stage -d 'The app\'s new stage' -r -f -a "test\t''
review\t''
development\t''
staging\t''
production\t''"
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -s t -l to -d 'Comma-separated apps to promote to (names or ids), instead of the next stage\'s apps' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from promote" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l values -d 'Show the differing config vars\' values, not only their names'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from diff" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand pipelines; and __fish_seen_subcommand_from open" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -s h -l help -d 'Print help'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -f -a "config" -d 'Display CI config vars'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -f -a "config:get" -d 'Get a CI config var'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -f -a "config:set" -d 'Set CI config vars'
complete -c belt -n "__fish_belt_using_subcommand ci; and not __fish_seen_subcommand_from config config:get config:set config:unset" -f -a "config:unset" -d 'Unset CI config vars'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s s -l shell -d 'Print KEY=\'value\' lines a shell can source'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s s -l shell -d 'Print KEY=\'value\', as a shell reads it'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:get" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -s p -l pipeline -d 'The pipeline (name or id); the app\'s pipeline when not given' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l stage -d 'The stage whose config vars these are: test (Heroku CI\'s), or review (new review apps\')' -r -f -a "test\t''
review\t''"
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand ci; and __fish_seen_subcommand_from config:unset" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -f -a "create" -d 'Create a review app from a branch'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -f -a "destroy" -d 'Destroy a review app'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -f -a "enable" -d 'Enable review apps and/or settings on an existing pipeline'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and not __fish_seen_subcommand_from create destroy enable disable" -f -a "disable" -d 'Disable review apps and/or settings on an existing pipeline'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s b -l branch -d 'The branch (or any commit) to make the review app from: the current branch by default' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l pr -d 'The pull request number the review app is for' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l wait-interval -d 'How often to look at the review app while waiting, in seconds' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l wait -d 'Wait until the review app is created (or failed), and print its URL (always, on the embedded platform, where the setup runs inside belt)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from create" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s p -l pipeline -d 'Name or id of the pipeline (with --branch or --pr, instead of -a)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s b -l branch -d 'The review app\'s branch' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l pr -d 'The review app\'s pull request number' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l confirm -d 'The review app\'s app name, to skip the confirmation prompt' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l wait-interval -d 'How often to look at the review app while it goes, in seconds' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from destroy" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l stale-days -d 'Days without a deploy after which --autodestroy destroys a review app (1 to 30)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l autodeploy -d 'Autodeploy the review app'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l autodestroy -d 'Autodestroy the review app'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l wait-for-ci -d 'Wait for CI to pass before deploying'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from enable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -s p -l pipeline -d 'Name or id of the pipeline' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l no-autodeploy -d 'Disable autodeployments'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l no-autodestroy -d 'Disable automatically destroying review apps'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l no-wait-for-ci -d 'Disable wait for CI'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand reviewapps; and __fish_seen_subcommand_from disable" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -f -a "add" -d 'Add a collaborator to an app'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -f -a "update" -d 'Change a team app collaborator\'s permissions'
complete -c belt -n "__fish_belt_using_subcommand access; and not __fish_seen_subcommand_from add update remove" -f -a "remove" -d 'Remove someone\'s access to an app'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -s p -l permissions -d 'Permissions on a team app, comma separated (view, deploy, operate, manage)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -s p -l permissions -d 'The new permissions, comma separated (deploy, operate, manage)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from update" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand access; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l role -d 'Only members with this role' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l pending -d 'Only invitations not accepted yet'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -f -a "add" -d 'Add a member to a team'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -f -a "set" -d 'Change a team member\'s role'
complete -c belt -n "__fish_belt_using_subcommand members; and not __fish_seen_subcommand_from add set remove" -f -a "remove" -d 'Remove a member from a team'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l role -d 'The member\'s role (admin, member, viewer)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l role -d 'The member\'s role (admin, member, viewer)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from set" -s V -l version -d 'Print version'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -s t -l team -d 'Team to use (default: HEROKU_TEAM, then HEROKU_ORGANIZATION)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -s a -l app -d 'App to run the command against' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -s r -l remote -d 'Git remote whose app to use' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l account -d 'Account to use for this command' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l api-url -d 'API base URL for this command (`local` for the embedded platform)' -r
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l json -d 'Print machine-readable JSON (errors too, on stderr)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l debug -d 'Print each HTTP request and response on stderr (tokens redacted)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l dry-run -d 'Print the requests a change would send, and send none of them'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -l no-color -d 'Turn off colour (also NO_COLOR)'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c belt -n "__fish_belt_using_subcommand members; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
