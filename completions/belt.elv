
use builtin;
use str;

set edit:completion:arg-completer[belt] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'belt'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'belt'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand apps:create 'Create a new app'
            cand create 'Create a new app'
            cand apps:info 'Show detailed app information'
            cand info 'Show detailed app information'
            cand apps:rename 'Rename an app'
            cand rename 'Rename an app'
            cand apps:destroy 'Permanently destroy an app'
            cand destroy 'Permanently destroy an app'
            cand apps:open 'Open the app in a web browser'
            cand open 'Open the app in a web browser'
            cand maintenance:on 'Put an app into maintenance mode'
            cand maintenance:off 'Take an app out of maintenance mode'
            cand stack:set 'Set the stack of an app''s next build'
            cand serve 'Run the local platform as a standalone HTTPS server'
            cand local:status 'Show where the local platform keeps its state'
            cand local:reset 'Delete every app and all state of the local platform'
            cand completions 'Print a shell completion script'
            cand run:detached 'Run a one-off command on a dyno in the background'
            cand apps 'List your apps'
            cand apps:list 'List your apps'
            cand maintenance 'Show whether an app is in maintenance mode'
            cand stack 'List the available stacks, marking the app''s'
            cand local 'local commands (same as local:COMMAND)'
            cand run 'Run a one-off command on a dyno, attached to this terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;apps:create'= {
            cand --region 'Region to create the app in (us, eu)'
            cand -s 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand --stack 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --no-remote 'Do not add a git remote'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;create'= {
            cand --region 'Region to create the app in (us, eu)'
            cand -s 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand --stack 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --no-remote 'Do not add a git remote'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:info'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;info'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:rename'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;rename'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:destroy'= {
            cand -c 'The app''s name, to confirm without a prompt'
            cand --confirm 'The app''s name, to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;destroy'= {
            cand -c 'The app''s name, to confirm without a prompt'
            cand --confirm 'The app''s name, to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:open'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;open'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;maintenance:on'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;maintenance:off'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;stack:set'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;serve'= {
            cand --port 'Port to listen on (0 picks a free one)'
            cand --bind 'Address to bind; the default reaches this machine only'
            cand --data-dir 'Where the platform keeps its database, TLS material and repositories'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;local:status'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;local:reset'= {
            cand --confirm 'Type `local` to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;completions'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;run:detached'= {
            cand -s 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand --size 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand -e 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --env 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --type 'Process type the dyno is reported as'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a new app'
            cand info 'Show detailed app information'
            cand rename 'Rename an app'
            cand destroy 'Permanently destroy an app'
            cand open 'Open the app in a web browser'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;apps:list'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand create 'Create a new app'
            cand info 'Show detailed app information'
            cand rename 'Rename an app'
            cand destroy 'Permanently destroy an app'
            cand open 'Open the app in a web browser'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;apps;create'= {
            cand --region 'Region to create the app in (us, eu)'
            cand -s 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand --stack 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --no-remote 'Do not add a git remote'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:list;create'= {
            cand --region 'Region to create the app in (us, eu)'
            cand -s 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand --stack 'Stack to build on (heroku-24, heroku-22, container, cedar)'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --no-remote 'Do not add a git remote'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps;info'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:list;info'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps;rename'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:list;rename'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps;destroy'= {
            cand -c 'The app''s name, to confirm without a prompt'
            cand --confirm 'The app''s name, to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:list;destroy'= {
            cand -c 'The app''s name, to confirm without a prompt'
            cand --confirm 'The app''s name, to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps;open'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps:list;open'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;apps;help'= {
            cand create 'Create a new app'
            cand info 'Show detailed app information'
            cand rename 'Rename an app'
            cand destroy 'Permanently destroy an app'
            cand open 'Open the app in a web browser'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;apps;help;create'= {
        }
        &'belt;apps;help;info'= {
        }
        &'belt;apps;help;rename'= {
        }
        &'belt;apps;help;destroy'= {
        }
        &'belt;apps;help;open'= {
        }
        &'belt;apps;help;help'= {
        }
        &'belt;apps:list;help'= {
            cand create 'Create a new app'
            cand info 'Show detailed app information'
            cand rename 'Rename an app'
            cand destroy 'Permanently destroy an app'
            cand open 'Open the app in a web browser'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;apps:list;help;create'= {
        }
        &'belt;apps:list;help;info'= {
        }
        &'belt;apps:list;help;rename'= {
        }
        &'belt;apps:list;help;destroy'= {
        }
        &'belt;apps:list;help;open'= {
        }
        &'belt;apps:list;help;help'= {
        }
        &'belt;maintenance'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand on 'Put an app into maintenance mode'
            cand off 'Take an app out of maintenance mode'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;maintenance;on'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;maintenance;off'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;maintenance;help'= {
            cand on 'Put an app into maintenance mode'
            cand off 'Take an app out of maintenance mode'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;maintenance;help;on'= {
        }
        &'belt;maintenance;help;off'= {
        }
        &'belt;maintenance;help;help'= {
        }
        &'belt;stack'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand set 'Set the stack of an app''s next build'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;stack;set'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;stack;help'= {
            cand set 'Set the stack of an app''s next build'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;stack;help;set'= {
        }
        &'belt;stack;help;help'= {
        }
        &'belt;local'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show where the local platform keeps its state'
            cand reset 'Delete every app and all state of the local platform'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;local;status'= {
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;local;reset'= {
            cand --confirm 'Type `local` to confirm without a prompt'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;local;help'= {
            cand status 'Show where the local platform keeps its state'
            cand reset 'Delete every app and all state of the local platform'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;local;help;status'= {
        }
        &'belt;local;help;reset'= {
        }
        &'belt;local;help;help'= {
        }
        &'belt;run'= {
            cand -s 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand --size 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand -e 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --env 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --type 'Process type the dyno is reported as'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --no-tty 'Do not ask for a terminal on the dyno'
            cand -x 'Exit with the command''s status (always done; accepted for Heroku CLI compatibility)'
            cand --exit-code 'Exit with the command''s status (always done; accepted for Heroku CLI compatibility)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand detached 'Run a one-off command on a dyno in the background'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;run;detached'= {
            cand -s 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand --size 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)'
            cand -e 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --env 'Environment for the command, e.g. "A=1;B=2" (may be repeated)'
            cand --type 'Process type the dyno is reported as'
            cand -a 'App to run the command against'
            cand --app 'App to run the command against'
            cand -r 'Git remote whose app to use'
            cand --remote 'Git remote whose app to use'
            cand --account 'Account to use for this command'
            cand --api-url 'API base URL for this command (`local` for the embedded platform)'
            cand --json 'Print machine-readable JSON (errors too, on stderr)'
            cand --debug 'Print each HTTP request and response on stderr (tokens redacted)'
            cand --dry-run 'Print the requests a change would send, and send none of them'
            cand --no-color 'Turn off colour (also NO_COLOR)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'belt;run;help'= {
            cand detached 'Run a one-off command on a dyno in the background'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;run;help;detached'= {
        }
        &'belt;run;help;help'= {
        }
        &'belt;help'= {
            cand apps:create 'Create a new app'
            cand apps:info 'Show detailed app information'
            cand apps:rename 'Rename an app'
            cand apps:destroy 'Permanently destroy an app'
            cand apps:open 'Open the app in a web browser'
            cand maintenance:on 'Put an app into maintenance mode'
            cand maintenance:off 'Take an app out of maintenance mode'
            cand stack:set 'Set the stack of an app''s next build'
            cand serve 'Run the local platform as a standalone HTTPS server'
            cand local:status 'Show where the local platform keeps its state'
            cand local:reset 'Delete every app and all state of the local platform'
            cand completions 'Print a shell completion script'
            cand run:detached 'Run a one-off command on a dyno in the background'
            cand apps 'List your apps'
            cand maintenance 'Show whether an app is in maintenance mode'
            cand stack 'List the available stacks, marking the app''s'
            cand local 'local commands (same as local:COMMAND)'
            cand run 'Run a one-off command on a dyno, attached to this terminal'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'belt;help;apps:create'= {
        }
        &'belt;help;apps:info'= {
        }
        &'belt;help;apps:rename'= {
        }
        &'belt;help;apps:destroy'= {
        }
        &'belt;help;apps:open'= {
        }
        &'belt;help;maintenance:on'= {
        }
        &'belt;help;maintenance:off'= {
        }
        &'belt;help;stack:set'= {
        }
        &'belt;help;serve'= {
        }
        &'belt;help;local:status'= {
        }
        &'belt;help;local:reset'= {
        }
        &'belt;help;completions'= {
        }
        &'belt;help;run:detached'= {
        }
        &'belt;help;apps'= {
            cand create 'Create a new app'
            cand info 'Show detailed app information'
            cand rename 'Rename an app'
            cand destroy 'Permanently destroy an app'
            cand open 'Open the app in a web browser'
        }
        &'belt;help;apps;create'= {
        }
        &'belt;help;apps;info'= {
        }
        &'belt;help;apps;rename'= {
        }
        &'belt;help;apps;destroy'= {
        }
        &'belt;help;apps;open'= {
        }
        &'belt;help;maintenance'= {
            cand on 'Put an app into maintenance mode'
            cand off 'Take an app out of maintenance mode'
        }
        &'belt;help;maintenance;on'= {
        }
        &'belt;help;maintenance;off'= {
        }
        &'belt;help;stack'= {
            cand set 'Set the stack of an app''s next build'
        }
        &'belt;help;stack;set'= {
        }
        &'belt;help;local'= {
            cand status 'Show where the local platform keeps its state'
            cand reset 'Delete every app and all state of the local platform'
        }
        &'belt;help;local;status'= {
        }
        &'belt;help;local;reset'= {
        }
        &'belt;help;run'= {
            cand detached 'Run a one-off command on a dyno in the background'
        }
        &'belt;help;run;detached'= {
        }
        &'belt;help;help'= {
        }
    ]
    $completions[$command]
}
