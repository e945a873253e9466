using System.Collections.Generic;
using ClustersTic.Charter;
using ClustersTic.Decisions;
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
        RuleSetReference ruleSet,
        SignatureStatus status,
        LocalDate? periodStart,
        LocalDate? expiresOn,
        LocalDate? renewalExpiresOn,
        LocalDate? nextDueDate,
        DueKind? nextDueKind,
        CharterLevel? levelCap,
        IReadOnlyList<Finding> findings)
        : base(CompanySubject(signature.CompanySiren), asOf, ruleSet, findings, signature.CompanySiren)
    {
        Status = status;
        PeriodStart = periodStart;
        ExpiresOn = expiresOn;
        RenewalExpiresOn = renewalExpiresOn;
        NextDueDate = nextDueDate;
        NextDueKind = nextDueKind;
        LevelCap = levelCap;
    }

    /// <summary>The status on the as-of date.</summary>
    public SignatureStatus Status { get; }

    /// <summary>The start of the validity period in force on the as-of date (the grant date, or the old expiry
    /// date once a renewed period has begun); null before the grant.</summary>
    public LocalDate? PeriodStart { get; }

    /// <summary>The first day the period in force is over (start + P3Y in v1); the last valid day is the day
    /// before. Until the old expiry date, a renewed signature still reports its old period here (reading 41;
    /// see <see cref="RenewalExpiresOn"/>). Null before the grant, and when the date is past 9999-12-31 (a
    /// finding says so).</summary>
    public LocalDate? ExpiresOn { get; }

    /// <summary>When the signature has been renewed for a period that has not begun yet (reading 41): the
    /// first day that renewed period is over, unless renewed again; the renewed period starts on
    /// <see cref="ExpiresOn"/>. Null otherwise.</summary>
    public LocalDate? RenewalExpiresOn { get; }

    /// <summary>True when the signature has been renewed for a period that has not begun yet (reading 41).</summary>
    public bool IsRenewed => RenewalExpiresOn is not null;

    /// <summary>The next date something is due (review window end, non-conformity deadline, last valid day),
    /// or null when nothing is (not granted, expired, withdrawn).</summary>
    public LocalDate? NextDueDate { get; }

    /// <summary>What <see cref="NextDueDate"/> is for.</summary>
    public DueKind? NextDueKind { get; }

    /// <summary>The highest level that may be shown while a major non-conformity is open (Signataire), or null
    /// when there is no cap.</summary>
    public CharterLevel? LevelCap { get; }

    /// <inheritdoc />
    public override string Summarize(Language language)
    {
        bool english = language == Language.English;
        string status = english
            ? "signature '" + Labels.StatusName(Status, language) + "'"
            : "signature «" + Internal.FrenchTypography.NarrowNoBreakSpace + Labels.StatusName(Status, language) + Internal.FrenchTypography.NarrowNoBreakSpace + "»";
        if (RenewalExpiresOn is LocalDate renewedUntil)
        {
            string until = Prose.Date(renewedUntil.PlusDays(-1), language);
            status += english ? $", renewed until {until}" : $", renouvelée jusqu'au {until}".Replace('\'', '\u2019');
        }

        if (NextDueDate is LocalDate due)
        {
            string date = Prose.Date(due, language);
            string kind = NextDueKind is DueKind dueKind ? Labels.Get(dueKind, language) : "—";
            status += english ? $", next due on {date} ({kind})" : $", prochaine échéance le {date} ({kind})";
        }

        if (LevelCap is CharterLevel cap)
        {
            string level = Labels.LevelName(cap, language);
            status += english ? $", level shown at most {level}" : $", niveau affiché limité à {level}";
        }

        return Subject + Prose.Colon(language) + status;
    }
}
