
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'belt' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'belt'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'belt' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('apps:create', 'apps:create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('apps:info', 'apps:info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('apps:rename', 'apps:rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('apps:destroy', 'apps:destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('apps:open', 'apps:open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('maintenance:on', 'maintenance:on', [CompletionResultType]::ParameterValue, 'Put an app into maintenance mode')
            [CompletionResult]::new('maintenance:off', 'maintenance:off', [CompletionResultType]::ParameterValue, 'Take an app out of maintenance mode')
            [CompletionResult]::new('stack:set', 'stack:set', [CompletionResultType]::ParameterValue, 'Set the stack of an app''s next build')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the local platform as a standalone HTTPS server')
            [CompletionResult]::new('local:status', 'local:status', [CompletionResultType]::ParameterValue, 'Show where the local platform keeps its state')
            [CompletionResult]::new('local:reset', 'local:reset', [CompletionResultType]::ParameterValue, 'Delete every app and all state of the local platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('run:detached', 'run:detached', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno in the background')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'List your apps')
            [CompletionResult]::new('apps:list', 'apps:list', [CompletionResultType]::ParameterValue, 'List your apps')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Show whether an app is in maintenance mode')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'List the available stacks, marking the app''s')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'local commands (same as local:COMMAND)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno, attached to this terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;apps:create' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region to create the app in (us, eu)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('--stack', '--stack', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--no-remote', '--no-remote', [CompletionResultType]::ParameterName, 'Do not add a git remote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;create' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region to create the app in (us, eu)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('--stack', '--stack', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--no-remote', '--no-remote', [CompletionResultType]::ParameterName, 'Do not add a git remote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:info' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;info' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:rename' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;rename' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:destroy' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;destroy' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:open' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;open' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;maintenance:on' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;maintenance:off' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;stack:set' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;serve' {
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Port to listen on (0 picks a free one)')
            [CompletionResult]::new('--bind', '--bind', [CompletionResultType]::ParameterName, 'Address to bind; the default reaches this machine only')
            [CompletionResult]::new('--data-dir', '--data-dir', [CompletionResultType]::ParameterName, 'Where the platform keeps its database, TLS material and repositories')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;local:status' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;local:reset' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Type `local` to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;completions' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;run:detached' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Process type the dyno is reported as')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;apps:list' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;apps;create' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region to create the app in (us, eu)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('--stack', '--stack', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--no-remote', '--no-remote', [CompletionResultType]::ParameterName, 'Do not add a git remote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:list;create' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'Region to create the app in (us, eu)')
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('--stack', '--stack', [CompletionResultType]::ParameterName, 'Stack to build on (heroku-24, heroku-22, container, cedar)')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--no-remote', '--no-remote', [CompletionResultType]::ParameterName, 'Do not add a git remote')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps;info' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:list;info' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps;rename' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:list;rename' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps;destroy' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:list;destroy' {
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'The app''s name, to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps;open' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps:list;open' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;apps;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;apps;help;create' {
            break
        }
        'belt;apps;help;info' {
            break
        }
        'belt;apps;help;rename' {
            break
        }
        'belt;apps;help;destroy' {
            break
        }
        'belt;apps;help;open' {
            break
        }
        'belt;apps;help;help' {
            break
        }
        'belt;apps:list;help' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;apps:list;help;create' {
            break
        }
        'belt;apps:list;help;info' {
            break
        }
        'belt;apps:list;help;rename' {
            break
        }
        'belt;apps:list;help;destroy' {
            break
        }
        'belt;apps:list;help;open' {
            break
        }
        'belt;apps:list;help;help' {
            break
        }
        'belt;maintenance' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Put an app into maintenance mode')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Take an app out of maintenance mode')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;maintenance;on' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;maintenance;off' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;maintenance;help' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Put an app into maintenance mode')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Take an app out of maintenance mode')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;maintenance;help;on' {
            break
        }
        'belt;maintenance;help;off' {
            break
        }
        'belt;maintenance;help;help' {
            break
        }
        'belt;stack' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the stack of an app''s next build')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;stack;set' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;stack;help' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the stack of an app''s next build')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;stack;help;set' {
            break
        }
        'belt;stack;help;help' {
            break
        }
        'belt;local' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the local platform keeps its state')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every app and all state of the local platform')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;local;status' {
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;local;reset' {
            [CompletionResult]::new('--confirm', '--confirm', [CompletionResultType]::ParameterName, 'Type `local` to confirm without a prompt')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;local;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the local platform keeps its state')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every app and all state of the local platform')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;local;help;status' {
            break
        }
        'belt;local;help;reset' {
            break
        }
        'belt;local;help;help' {
            break
        }
        'belt;run' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Process type the dyno is reported as')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--no-tty', '--no-tty', [CompletionResultType]::ParameterName, 'Do not ask for a terminal on the dyno')
            [CompletionResult]::new('-x', '-x', [CompletionResultType]::ParameterName, 'Exit with the command''s status (always done; accepted for Heroku CLI compatibility)')
            [CompletionResult]::new('--exit-code', '--exit-code', [CompletionResultType]::ParameterName, 'Exit with the command''s status (always done; accepted for Heroku CLI compatibility)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('detached', 'detached', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno in the background')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;run;detached' {
            [CompletionResult]::new('-s', '-s', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('--size', '--size', [CompletionResultType]::ParameterName, 'Dyno size (eco, basic, standard-1x, standard-2x, performance-m, performance-l)')
            [CompletionResult]::new('-e', '-e', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Environment for the command, e.g. "A=1;B=2" (may be repeated)')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, 'Process type the dyno is reported as')
            [CompletionResult]::new('-a', '-a', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('--app', '--app', [CompletionResultType]::ParameterName, 'App to run the command against')
            [CompletionResult]::new('-r', '-r', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--remote', '--remote', [CompletionResultType]::ParameterName, 'Git remote whose app to use')
            [CompletionResult]::new('--account', '--account', [CompletionResultType]::ParameterName, 'Account to use for this command')
            [CompletionResult]::new('--api-url', '--api-url', [CompletionResultType]::ParameterName, 'API base URL for this command (`local` for the embedded platform)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print machine-readable JSON (errors too, on stderr)')
            [CompletionResult]::new('--debug', '--debug', [CompletionResultType]::ParameterName, 'Print each HTTP request and response on stderr (tokens redacted)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'Print the requests a change would send, and send none of them')
            [CompletionResult]::new('--no-color', '--no-color', [CompletionResultType]::ParameterName, 'Turn off colour (also NO_COLOR)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'belt;run;help' {
            [CompletionResult]::new('detached', 'detached', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno in the background')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;run;help;detached' {
            break
        }
        'belt;run;help;help' {
            break
        }
        'belt;help' {
            [CompletionResult]::new('apps:create', 'apps:create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('apps:info', 'apps:info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('apps:rename', 'apps:rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('apps:destroy', 'apps:destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('apps:open', 'apps:open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            [CompletionResult]::new('maintenance:on', 'maintenance:on', [CompletionResultType]::ParameterValue, 'Put an app into maintenance mode')
            [CompletionResult]::new('maintenance:off', 'maintenance:off', [CompletionResultType]::ParameterValue, 'Take an app out of maintenance mode')
            [CompletionResult]::new('stack:set', 'stack:set', [CompletionResultType]::ParameterValue, 'Set the stack of an app''s next build')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Run the local platform as a standalone HTTPS server')
            [CompletionResult]::new('local:status', 'local:status', [CompletionResultType]::ParameterValue, 'Show where the local platform keeps its state')
            [CompletionResult]::new('local:reset', 'local:reset', [CompletionResultType]::ParameterValue, 'Delete every app and all state of the local platform')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script')
            [CompletionResult]::new('run:detached', 'run:detached', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno in the background')
            [CompletionResult]::new('apps', 'apps', [CompletionResultType]::ParameterValue, 'List your apps')
            [CompletionResult]::new('maintenance', 'maintenance', [CompletionResultType]::ParameterValue, 'Show whether an app is in maintenance mode')
            [CompletionResult]::new('stack', 'stack', [CompletionResultType]::ParameterValue, 'List the available stacks, marking the app''s')
            [CompletionResult]::new('local', 'local', [CompletionResultType]::ParameterValue, 'local commands (same as local:COMMAND)')
            [CompletionResult]::new('run', 'run', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno, attached to this terminal')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'belt;help;apps:create' {
            break
        }
        'belt;help;apps:info' {
            break
        }
        'belt;help;apps:rename' {
            break
        }
        'belt;help;apps:destroy' {
            break
        }
        'belt;help;apps:open' {
            break
        }
        'belt;help;maintenance:on' {
            break
        }
        'belt;help;maintenance:off' {
            break
        }
        'belt;help;stack:set' {
            break
        }
        'belt;help;serve' {
            break
        }
        'belt;help;local:status' {
            break
        }
        'belt;help;local:reset' {
            break
        }
        'belt;help;completions' {
            break
        }
        'belt;help;run:detached' {
            break
        }
        'belt;help;apps' {
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a new app')
            [CompletionResult]::new('info', 'info', [CompletionResultType]::ParameterValue, 'Show detailed app information')
            [CompletionResult]::new('rename', 'rename', [CompletionResultType]::ParameterValue, 'Rename an app')
            [CompletionResult]::new('destroy', 'destroy', [CompletionResultType]::ParameterValue, 'Permanently destroy an app')
            [CompletionResult]::new('open', 'open', [CompletionResultType]::ParameterValue, 'Open the app in a web browser')
            break
        }
        'belt;help;apps;create' {
            break
        }
        'belt;help;apps;info' {
            break
        }
        'belt;help;apps;rename' {
            break
        }
        'belt;help;apps;destroy' {
            break
        }
        'belt;help;apps;open' {
            break
        }
        'belt;help;maintenance' {
            [CompletionResult]::new('on', 'on', [CompletionResultType]::ParameterValue, 'Put an app into maintenance mode')
            [CompletionResult]::new('off', 'off', [CompletionResultType]::ParameterValue, 'Take an app out of maintenance mode')
            break
        }
        'belt;help;maintenance;on' {
            break
        }
        'belt;help;maintenance;off' {
            break
        }
        'belt;help;stack' {
            [CompletionResult]::new('set', 'set', [CompletionResultType]::ParameterValue, 'Set the stack of an app''s next build')
            break
        }
        'belt;help;stack;set' {
            break
        }
        'belt;help;local' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show where the local platform keeps its state')
            [CompletionResult]::new('reset', 'reset', [CompletionResultType]::ParameterValue, 'Delete every app and all state of the local platform')
            break
        }
        'belt;help;local;status' {
            break
        }
        'belt;help;local;reset' {
            break
        }
        'belt;help;run' {
            [CompletionResult]::new('detached', 'detached', [CompletionResultType]::ParameterValue, 'Run a one-off command on a dyno in the background')
            break
        }
        'belt;help;run;detached' {
            break
        }
        'belt;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
