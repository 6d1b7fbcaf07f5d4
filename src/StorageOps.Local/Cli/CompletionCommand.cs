namespace StorageOps.Local.Cli;

/// <summary>
/// <c>completion bash|zsh|pwsh</c>: a script that, on Tab, sends the command line up to the cursor (without the
/// program name) to <c>storageops [suggest:N] "LINE"</c>, System.CommandLine's suggest directive, and offers what it prints.
/// </summary>
public static class CompletionCommand
{
    public const string Bash = """
        # storageops completion for bash: add to ~/.bashrc with  storageops completion bash >> ~/.bashrc
        _storageops_complete() {
          local line="${COMP_LINE:0:COMP_POINT}"
          line="${line#*[[:space:]]}"
          local IFS=$'\n'
          COMPREPLY=($(compgen -W "$(storageops "[suggest:${#line}]" "$line" 2>/dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
        }
        complete -o default -F _storageops_complete storageops
        """;

    public const string Zsh = """
        #compdef storageops
        # storageops completion for zsh: storageops completion zsh > "${fpath[1]}/_storageops"
        _storageops() {
          local line="${BUFFER[1,CURSOR]}"
          line="${line#* }"
          local -a suggestions
          suggestions=("${(@f)$(storageops "[suggest:${#line}]" "$line" 2>/dev/null)}")
          compadd -a suggestions
        }
        compdef _storageops storageops
        """;

    public const string PowerShell = """
        # storageops completion for PowerShell: storageops completion pwsh | Out-String | Invoke-Expression
        Register-ArgumentCompleter -Native -CommandName storageops -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $line = $commandAst.ToString().Substring(0, $cursorPosition - $commandAst.Extent.StartOffset)
            $line = ($line -replace '^\S+\s*', '')
            storageops "[suggest:$($line.Length)]" "$line" | ForEach-Object {
                [System.Management.Automation.CompletionResult]::new($_, $_, 'ParameterValue', $_)
            }
        }
        """;

    public static Task<int> RunAsync(CommandInput input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var script = input.Positional switch
        {
            ["bash"] => Bash,
            ["zsh"] => Zsh,
            ["pwsh" or "powershell"] => PowerShell,
            _ => throw new UsageException("'completion' takes one shell: bash, zsh or pwsh."),
        };
        output.WriteLine(script);
        return Task.FromResult(ExitCodes.Success);
    }
}
