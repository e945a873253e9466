using System;
using System.Globalization;
using ClustersTic.Text;

namespace ClustersTic.Documents;

/// <summary>One problem found in a JSON document (a rule set or an input document).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DocumentProblem : IEquatable<DocumentProblem>
{
    /// <summary>Creates a problem.</summary>
    /// <param name="code">A stable code, such as <c>json.unknown-member</c> or <c>ruleset.weight-range</c>.</param>
    /// <param name="path">The JSON path of the value concerned, such as <c>$.charter.criteria[3].weight</c>.</param>
    /// <param name="line">The 1-based line of that value in the input, when known.</param>
    /// <param name="column">The 1-based column (in characters) in that line, when known.</param>
    /// <param name="message">What is wrong, in French and English (for the person fixing the file).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DocumentProblem(string code, string path, int? line, int? column, LocalizedText message)
    {
        Code = Internal.Preconditions.CheckNotNull(code);
        Path = Internal.Preconditions.CheckNotNull(path);
        Line = line;
        Column = column;
        Messages = Internal.Preconditions.CheckNotNull(message);
    }

    /// <summary>A stable code identifying the kind of problem.</summary>
    public string Code { get; }

    /// <summary>The JSON path of the value concerned (<c>$</c> for the whole document).</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the value in the input, or null when unknown (for a document built in code).</summary>
    public int? Line { get; }

    /// <summary>The 1-based column of the problem in its line, counted in characters, when known (syntax
    /// errors).</summary>
    public int? Column { get; }

    /// <summary>What is wrong, in English: the text of exception messages and logs, which stay in English as
    /// .NET's do. People reading the problem get <see cref="GetMessage(Language)"/>.</summary>
    public string Message => Messages.English;

    /// <summary>What is wrong, in French and English.</summary>
    public LocalizedText Messages { get; }

    /// <summary>What is wrong, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The message.</returns>
    public string GetMessage(Language language) => Messages.In(language);

    /// <summary>What is wrong, in the language of a culture (<see cref="Languages.FromCulture"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The message.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string GetMessage(CultureInfo culture) => Messages.In(culture);

    /// <summary>Returns a copy with a line number.</summary>
    internal DocumentProblem WithLine(int? line) => line == Line ? this : new DocumentProblem(Code, Path, line, Column, Messages);

    /// <summary><c>path (line N, column C): message [code]</c>, without what is not known.</summary>
    /// <returns>The problem as one line of text.</returns>
    public override string ToString() => (Line, Column) switch
    {
        (int line, int column) => string.Format(CultureInfo.InvariantCulture, "{0} (line {1}, column {2}): {3} [{4}]", Path, line, column, Message, Code),
        (int line, null) => string.Format(CultureInfo.InvariantCulture, "{0} (line {1}): {2} [{3}]", Path, line, Message, Code),
        _ => string.Format(CultureInfo.InvariantCulture, "{0}: {1} [{2}]", Path, Message, Code),
    };

    /// <inheritdoc />
    public bool Equals(DocumentProblem? other) => other is not null
        && string.Equals(Code, other.Code, StringComparison.Ordinal)
        && string.Equals(Path, other.Path, StringComparison.Ordinal)
        && Line == other.Line
        && Column == other.Column
        && Messages.Equals(other.Messages);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentProblem);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code) ^ StringComparer.Ordinal.GetHashCode(Path);
}
