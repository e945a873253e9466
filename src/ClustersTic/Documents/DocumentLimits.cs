namespace ClustersTic.Documents;

/// <summary>The limits every JSON document loaded by the library must respect.</summary>
/// <remarks>Inputs beyond these limits are rejected with a <see cref="DocumentValidationException"/>,
/// never partly read. The limits are constants so that every cluster loads the same files.</remarks>
public static class DocumentLimits
{
    /// <summary>The largest document accepted, in bytes (4 MiB).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting of objects and arrays accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>The longest string accepted, in UTF-16 characters.</summary>
    public const int MaxStringLength = 10_000;

    /// <summary>The most items accepted in one array.</summary>
    public const int MaxArrayLength = 100_000;

    /// <summary>The most problems listed in one exception; more are summarised by one last problem.</summary>
    public const int MaxProblems = 200;
}
