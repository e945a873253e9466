using System.Collections.Generic;
using System.Globalization;

namespace ClustersTic.Documents;

/// <summary>Collects the problems of one document, up to <see cref="DocumentLimits.MaxProblems"/>.</summary>
internal sealed class ProblemCollector
{
    private readonly List<DocumentProblem> _problems = new();
    private int _dropped;

    public bool HasProblems => _problems.Count > 0;

    public int Count => _problems.Count + _dropped;

    public void Add(string code, string path, string message, int? line = null, int? column = null)
    {
        if (_problems.Count >= DocumentLimits.MaxProblems)
        {
            _dropped++;
            return;
        }

        _problems.Add(new DocumentProblem(code, path, line, column, message));
    }

    public List<DocumentProblem> ToList()
    {
        var list = new List<DocumentProblem>(_problems);
        if (_dropped > 0)
        {
            list.Add(new DocumentProblem(
                "json.too-many-problems",
                "$",
                null,
                string.Format(CultureInfo.InvariantCulture, "{0} more problems were not listed.", _dropped)));
        }

        return list;
    }
}
