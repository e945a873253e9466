using System.Collections.Generic;
using ClustersTic.Charter;
using ClustersTic.Decisions;
using ClustersTic.RuleSets;
using ClustersTic.Text;
using NodaTime;

namespace ClustersTic.Signatures;

/// <summary>The status of a signature on a date (rulebook §7), with the next due date.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SignatureDecision : Decision
{
    internal SignatureDecision(
        Signature signature,
        LocalDate asOf,
        RuleSet ruleSet,
        SignatureStatus status,
        LocalDate? periodStart,
        LocalDate? expiresOn,
        LocalDate? nextDueDate,
        DueKind? nextDueKind,
        CharterLevel? levelCap,
        IReadOnlyList<Finding> findings)
        : base(signature.CompanySiren, asOf, ruleSet, findings)
    {
        Status = status;
        PeriodStart = periodStart;
        ExpiresOn = expiresOn;
        NextDueDate = nextDueDate;
        NextDueKind = nextDueKind;
        LevelCap = levelCap;
    }

    /// <summary>The status on the as-of date.</summary>
    public SignatureStatus Status { get; }

    /// <summary>The start of the current validity period (the grant date, or the old expiry date after a
    /// renewal); null before the grant.</summary>
    public LocalDate? PeriodStart { get; }

    /// <summary>The first day the signature is expired unless renewed (start + P3Y in v1); the last valid day
    /// is the day before. Null before the grant.</summary>
    public LocalDate? ExpiresOn { get; }

    /// <summary>The next date something is due (review window end, non-conformity deadline, last valid day),
    /// or null when nothing is (not granted, expired, withdrawn).</summary>
    public LocalDate? NextDueDate { get; }

    /// <summary>What <see cref="NextDueDate"/> is for.</summary>
    public DueKind? NextDueKind { get; }

    /// <summary>The highest level that may be shown while a major non-conformity is open (Signataire), or null
    /// when there is no cap.</summary>
    public CharterLevel? LevelCap { get; }

    /// <inheritdoc />
    public override string Summarize(Language language = Language.French)
    {
        string status = Labels.StatusName(Status, language);
        if (NextDueDate is not LocalDate due)
        {
            return Subject + " : " + status;
        }

        string date = Internal.Invariant.Date(due);
        return language == Language.English
            ? $"{Subject}: {status}, next due {date} ({NextDueKind})"
            : $"{Subject} : {status}, prochaine échéance le {date} ({NextDueKind})";
    }
}
