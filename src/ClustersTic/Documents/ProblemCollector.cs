using System.Collections.Generic;
using System.Globalization;
using ClustersTic.Text;

namespace ClustersTic.Documents;

/// <summary>Collects the problems of one document, up to <see cref="DocumentLimits.MaxProblems"/>.</summary>
internal sealed class ProblemCollector
{
    private readonly List<DocumentProblem> _problems = new();
    private int _dropped;

    public bool HasProblems => _problems.Count > 0;

    public int Count => _problems.Count + _dropped;

    /// <summary>Adds a problem whose message is written in both languages (the French text gets French
    /// typography here: docs/typography.md).</summary>
    public void Add(string code, string path, string french, string english, int? line = null, int? column = null)
    {
        if (_problems.Count >= DocumentLimits.MaxProblems)
        {
            _dropped++;
            return;
        }

        _problems.Add(new DocumentProblem(code, path, line, column, Text(french, english)));
    }

    /// <summary>A problem's message: the French with French typography, the English as written.</summary>
    public static LocalizedText Text(string french, string english) => new(Internal.FrenchTypography.Apply(french), english);

    public List<DocumentProblem> ToList()
    {
        var list = new List<DocumentProblem>(_problems);
        if (_dropped > 0)
        {
            list.Add(new DocumentProblem(
                "json.too-many-problems",
                "$",
                null,
                null,
                Text(
                    string.Format(CultureInfo.InvariantCulture, "{0} autres problèmes ne sont pas listés.", _dropped),
                    string.Format(CultureInfo.InvariantCulture, "{0} more problems were not listed.", _dropped))));
        }

        return list;
    }
}
