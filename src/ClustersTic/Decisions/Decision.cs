using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Decisions;

/// <summary>
/// What every decision carries: its subject, the as-of date, the rule set it was made with (id, version,
/// fingerprint) and every finding. Text is rendered on demand (<see cref="Explain(Language)"/>); JSON is written on the output side
/// (<see cref="Reports.DecisionJsonExtensions.ToJson"/>), deterministic.
/// </summary>
/// <remarks>Decisions are immutable and thread-safe. The same inputs and rule set always give the same
/// decision, byte for byte in JSON, whatever the machine's culture or time zone.</remarks>
public abstract class Decision
{
    private IReadOnlyList<Finding>? _findings;

    private protected Decision(string subject, LocalDate asOf, RuleSetReference ruleSet, IReadOnlyList<Finding> findings, string? subjectAsGiven = null)
    {
        Subject = subject;
        SubjectAsGiven = subjectAsGiven ?? subject;
        AsOf = asOf;
        RuleSet = ruleSet;
        _findings = findings;
    }

    /// <summary>A decision whose findings are made when first read, by <see cref="ExplainFindings"/>.</summary>
    private protected Decision(string subject, LocalDate asOf, RuleSetReference ruleSet, string? subjectAsGiven = null)
    {
        Subject = subject;
        SubjectAsGiven = subjectAsGiven ?? subject;
        AsOf = asOf;
        RuleSet = ruleSet;
    }

    /// <summary>What the decision is about, in canonical form: a cluster id, or a company's SIREN without the
    /// spaces a record may hold (<c>552100554</c> for <c>552 100 554</c>; reading 1); empty for a company whose
    /// SIREN is not given. Decisions about the same company have the same subject.</summary>
    public string Subject { get; }

    /// <summary>The subject as the record gave it (<c>552 100 554</c>); the same as <see cref="Subject"/> when
    /// the record already had the canonical form.</summary>
    public string SubjectAsGiven { get; }

    /// <summary>A company's subject: its SIREN without ignorable spaces, or empty.</summary>
    private protected static string CompanySubject(string? siren) => Identifiers.Siren.Key(siren) ?? string.Empty;

    /// <summary>The date the decision holds for.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The rule set the decision was made with (id, version, fingerprint).</summary>
    public RuleSetReference RuleSet { get; }

    /// <summary>The id of the rule set used.</summary>
    public string RuleSetId => RuleSet.Id;

    /// <summary>The version of the rule set used.</summary>
    public string RuleSetVersion => RuleSet.Version;

    /// <summary>The fingerprint of the rule set used.</summary>
    public string RuleSetFingerprint => RuleSet.Fingerprint;

    /// <summary>Every finding, in the order the rules are checked.</summary>
    /// <remarks>Some decisions make their findings the first time this is read (see
    /// <see cref="Companies.CompanyEligibilityDecision"/>); every read returns the same list.</remarks>
    public IReadOnlyList<Finding> Findings =>
        Volatile.Read(ref _findings) ?? LazyInitializer.EnsureInitialized(ref _findings, ExplainFindings)!;

    /// <summary>Makes the findings of a decision built without them.</summary>
    /// <returns>The findings, in the order the rules are checked.</returns>
    /// <exception cref="InvalidOperationException">The decision was built with its findings (never reached).</exception>
    /// <summary>The findings, made again rather than kept when they have not been read yet: writing a large report
    /// does not leave every decision holding its findings.</summary>
    internal IReadOnlyList<Finding> FindingsWithoutKeeping => Volatile.Read(ref _findings) ?? ExplainFindings();

    private protected virtual IReadOnlyList<Finding> ExplainFindings() =>
        throw new InvalidOperationException("This decision was built with its findings.");

    /// <summary>A one-line summary of the decision in a language (outcome, level or status).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The summary.</returns>
    public abstract string Summarize(Language language);

    /// <summary>The summary in the language of a culture (<see cref="Languages.FromCulture"/>).</summary>
    /// <param name="culture">The culture, such as <see cref="System.Globalization.CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Summarize(System.Globalization.CultureInfo culture) => Summarize(Languages.FromCulture(culture));

    /// <summary>The explanation in the language of a culture (<see cref="Languages.FromCulture"/>).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public string Explain(System.Globalization.CultureInfo culture) => Explain(Languages.FromCulture(culture));

    /// <summary>The summary, then one line per finding, in a language.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The explanation, lines separated by <c>\n</c>.</returns>
    public string Explain(Language language)
    {
        var builder = new StringBuilder(Summarize(language));
        foreach (Finding finding in Findings)
        {
            builder.Append('\n').Append("  - ").Append(finding.GetMessage(language)).Append(" [").Append(finding.Code).Append(']');
        }

        return builder.ToString();
    }

    /// <summary>The summary in French.</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => Summarize(Language.French);
}
