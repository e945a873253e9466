using System.Collections.Generic;
using ClustersTic.Decisions;

namespace ClustersTic.Cli.Output;

/// <summary>One decision as the table, CSV and xlsx outputs show it: where it comes from, what it is about, the
/// result and the reasons, all in the chosen language.</summary>
internal sealed record ResultRow(int? Line, string Subject, string Name, string Result, string Detail, string Reasons, string Codes)
{
    /// <summary>The reasons of a decision: the message of every finding that is not met (failed, unknown), then
    /// the information ones, joined; and their codes.</summary>
    public static (string Reasons, string Codes) ReasonsOf(Decision decision, Texts texts)
    {
        var messages = new List<string>();
        var codes = new List<string>();
        foreach (FindingStatus status in (FindingStatus[])[FindingStatus.Failed, FindingStatus.Unknown])
        {
            foreach (Finding finding in decision.Findings)
            {
                if (finding.Status == status)
                {
                    messages.Add(finding.GetMessage(texts.Language));
                    codes.Add(finding.Code);
                }
            }
        }

        return (string.Join(" | ", messages), string.Join(" ", codes));
    }
}

/// <summary>The columns of the table, CSV and xlsx outputs, in the chosen language.</summary>
internal static class ResultColumns
{
    public static string[] Names(Texts t, string subject, string result, string detail) =>
        [t.T("ligne", "line"), subject, t.T("nom", "name"), result, detail, t.T("raisons", "reasons"), t.T("codes", "codes")];

    public static string[] Values(ResultRow row) =>
        [row.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, row.Subject, row.Name, row.Result, row.Detail, row.Reasons, row.Codes];
}
