namespace ClustersTic.Cli;

/// <summary>The exit codes of <c>clusters-tic</c>, the same for every command (README, "Exit codes").</summary>
internal static class ExitCodes
{
    /// <summary>Everything checked is valid (or eligible).</summary>
    public const int Valid = 0;

    /// <summary>Something checked is not valid (or not eligible); the output says what and why.</summary>
    public const int NotValid = 1;

    /// <summary>Bad usage or input that cannot be read: an unknown option, a missing argument, an unreadable
    /// file. Nothing was decided.</summary>
    public const int Usage = 2;

    /// <summary>Partial: some rows could not be read (each said on standard error with its line); the others
    /// were decided.</summary>
    public const int Partial = 3;
}
