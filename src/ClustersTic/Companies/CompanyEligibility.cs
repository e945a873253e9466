using System;
using System.Collections.Generic;
using ClustersTic.Decisions;
using ClustersTic.Identifiers;
using ClustersTic.Internal;
using NodaTime;

namespace ClustersTic.Companies;

/// <summary>The company eligibility rules, CO-1 to CO-5 (rulebook §4).</summary>
internal static class CompanyEligibility
{
    /// <summary>The decision, made with an outcome-only verdict: no finding is made until the decision's
    /// findings are read, when <see cref="Explain"/> runs the same rules again on the same immutable inputs.</summary>
    public static CompanyEligibilityDecision Evaluate(Company company, IClusterStandings consortium, CompanyEligibilityParameters parameters, RuleSetReference ruleSet)
    {
        var verdict = Verdict.OutcomeOnly();
        CompanySizeCategory? size = Check(company, consortium, parameters, ref verdict, out NafCode? decidingCode);
        return new CompanyEligibilityDecision(company, consortium, parameters, ruleSet, verdict.Outcome, size, decidingCode);
    }

    /// <summary>The findings of the decision <see cref="Evaluate"/> made on the same inputs, with the outcome
    /// the collecting pass reached (equal to the decision's: the property tests check it on generated
    /// inputs).</summary>
    public static (IReadOnlyList<Finding> Findings, Outcome Outcome) Explain(Company company, IClusterStandings consortium, CompanyEligibilityParameters parameters)
    {
        var verdict = default(Verdict);
        Check(company, consortium, parameters, ref verdict, out _);
        return (verdict.Findings, verdict.Outcome);
    }

    private static CompanySizeCategory? Check(Company company, IClusterStandings consortium, CompanyEligibilityParameters parameters, ref Verdict verdict, out NafCode? decidingCode)
    {
        LocalDate asOf = consortium.AsOf;
        CheckIdentifiers(company, ref verdict);
        CheckActive(company, asOf, ref verdict);
        CheckAdherent(company, consortium, ref verdict);

        // CO-4: digital provider (sector list or valid derogation).
        DigitalActivity.IsDigitalProvider(company, parameters, asOf, consortium, ref verdict, out decidingCode);

        return CheckSize(company, parameters, asOf, ref verdict);
    }

    // CO-1: a valid SIREN; a SIRET, if given, valid and starting with that SIREN. A SIREN or SIRET that is
    // null or blank is not given (reading 31): a SIREN not given makes CO-1 unknown.
    private static void CheckIdentifiers(Company company, ref Verdict verdict)
    {
        Siren siren = default;
        bool sirenValid = false;
        if (string.IsNullOrWhiteSpace(company.Siren))
        {
            verdict.Report(FindingCatalog.CompanySirenMissing);
        }
        else if (!(sirenValid = Siren.TryParse(company.Siren, out siren, out IdentifierParseFailure sirenFailure)))
        {
            verdict.Report(FindingCatalog.CompanySirenInvalid, ("siren", TextHelpers.Shorten(company.Siren!)), ("reason", ArgumentValue.Label(sirenFailure)));
        }

        if (string.IsNullOrWhiteSpace(company.Siret))
        {
            return;
        }

        if (!Siret.TryParse(company.Siret, out Siret siret, out IdentifierParseFailure siretFailure))
        {
            verdict.Report(FindingCatalog.CompanySiretInvalid, ("siret", TextHelpers.Shorten(company.Siret!)), ("reason", ArgumentValue.Label(siretFailure)));
        }
        else if (sirenValid && !siret.BelongsTo(siren))
        {
            verdict.Report(FindingCatalog.CompanySiretOtherSiren, ("siret", siret), ("siren", siren));
        }
    }

    // CO-2: active on the as-of date (readings 15 and 34).
    private static void CheckActive(Company company, LocalDate asOf, ref Verdict verdict)
    {
        if (company.CreatedOn is LocalDate created && created > asOf)
        {
            verdict.Report(FindingCatalog.CompanyNotYetCreated, ("asOf", asOf), ("createdOn", created));
            return;
        }

        if (company.CeasedOn is LocalDate ceasedOn)
        {
            // Contradictions are findings, never silence (reading 34): a cessation before the creation leaves the
            // state unknown; an active company with a cessation date is read as ceased from that date.
            if (company.CreatedOn is LocalDate createdOn && ceasedOn < createdOn)
            {
                verdict.Report(FindingCatalog.CompanyCeasedBeforeCreated, ("ceasedOn", ceasedOn), ("createdOn", createdOn));
                return;
            }

            if (company.State == AdministrativeState.Active)
            {
                verdict.Report(FindingCatalog.CompanyActiveWithCessationDate, "ceasedOn", ceasedOn);
            }

            if (ceasedOn <= asOf)
            {
                verdict.Report(FindingCatalog.CompanyCeased, "ceasedOn", ceasedOn);
            }

            return;
        }

        if (company.State == AdministrativeState.Ceased)
        {
            verdict.Report(FindingCatalog.CompanyCeasedDateUnknown);
            return;
        }

        if (company.State is null)
        {
            verdict.Report(FindingCatalog.CompanyStateUnknown);
        }
    }

    // CO-3: adherent of a consortium member cluster on the as-of date (readings 17, 31, 32): met if a covering
    // membership is in a member cluster; otherwise unknown if a covering membership is in a cluster whose
    // membership cannot be established (not known, or its admission incomplete), or if the memberships are not
    // given; otherwise failed. One pass looks each covering membership up once, and stops at a member cluster
    // (the pass path: no allocation); when there is none, what it found for each membership explains why, in
    // the memberships' order.
    private static void CheckAdherent(Company company, IClusterStandings consortium, ref Verdict verdict)
    {
        const byte NotCovering = 0, UnknownCluster = 1, NotMember = 2, AdmissionIncomplete = 3;
        LocalDate asOf = consortium.AsOf;
        if (company.Memberships is null)
        {
            verdict.Report(FindingCatalog.CompanyMembershipsUnknown);
            return;
        }

        ReadOnlySpan<ClusterMembership> memberships = company.MembershipItems;
        Span<byte> found = memberships.Length <= 16 ? stackalloc byte[16] : new byte[memberships.Length];
        bool anyUnknown = false;
        bool anyNotMember = false;
        for (int i = 0; i < memberships.Length; i++)
        {
            ClusterMembership membership = memberships[i];
            if (!membership.Period.Covers(asOf))
            {
                found[i] = NotCovering;
            }
            else if (consortium.StandingOf(membership.ClusterId) is var standing && standing == ClusterStanding.Unknown)
            {
                found[i] = UnknownCluster;
                anyUnknown = true;
            }
            else if (standing == ClusterStanding.Member)
            {
                return;
            }
            else if (standing == ClusterStanding.AdmissionIncomplete)
            {
                found[i] = AdmissionIncomplete;
                anyUnknown = true;
            }
            else
            {
                found[i] = NotMember;
                anyNotMember = true;
            }
        }

        for (int i = 0; anyNotMember && i < memberships.Length; i++)
        {
            if (found[i] == NotMember)
            {
                verdict.Report(FindingCatalog.CompanyClusterNotMember, ("clusterId", DigitalActivity.ClusterArgument(consortium, memberships[i].ClusterId)), ("asOf", asOf));
            }
        }

        if (!anyUnknown)
        {
            verdict.Report(FindingCatalog.CompanyNoMemberCluster, "asOf", asOf);
            return;
        }

        for (int i = 0; i < memberships.Length; i++)
        {
            if (found[i] == UnknownCluster)
            {
                verdict.Report(FindingCatalog.CompanyClusterUnknown, "clusterId", TextHelpers.Shorten(memberships[i].ClusterId));
            }
            else if (found[i] == AdmissionIncomplete)
            {
                verdict.Report(FindingCatalog.CompanyClusterAdmissionIncomplete, ("clusterId", DigitalActivity.ClusterArgument(consortium, memberships[i].ClusterId)), ("asOf", asOf));
            }
        }
    }

    // CO-5: size category computed and reported; eligible categories are a parameter (reading 16).
    private static CompanySizeCategory? CheckSize(Company company, CompanyEligibilityParameters parameters, LocalDate asOf, ref Verdict verdict)
    {
        // Years after the as-of year are not closed yet: ignored, with an information finding each, in year
        // order (readings 34 and 37).
        NoteYearsNotClosed(company.ClosedYearItems, asOf, ref verdict);

        CompanySizeCategory? size = CompanySize.ClassifyClosedBy(company.ClosedYearItems, asOf.Year);
        if (size is null)
        {
            if (parameters.AllSizeCategoriesEligible)
            {
                verdict.Report(FindingCatalog.CompanySizeUnknown);
            }
            else
            {
                verdict.Report(FindingCatalog.CompanySizeUnknownRestricted);
            }

            return null;
        }

        if (!parameters.IsEligible(size.Value))
        {
            verdict.Report(FindingCatalog.CompanySizeNotEligible, "category", ArgumentValue.Label(size.Value));
        }

        return size;
    }

    // In year order without allocating: each round reports the smallest later year above the last one reported
    // (a company has a handful of years), so that both passes run the same code at no cost on the pass path.
    private static void NoteYearsNotClosed(ReadOnlySpan<ClosedYearFigures> years, LocalDate asOf, ref Verdict verdict)
    {
        int last = asOf.Year;
        while (true)
        {
            int next = int.MaxValue;
            int times = 0;
            foreach (ClosedYearFigures year in years)
            {
                if (year.Year > last && year.Year < next)
                {
                    next = year.Year;
                    times = 1;
                }
                else if (year.Year == next)
                {
                    times++;
                }
            }

            if (times == 0)
            {
                return;
            }

            for (int i = 0; i < times; i++)
            {
                verdict.Report(FindingCatalog.CompanyYearNotClosed, ("year", ArgumentValue.Number(next)), ("asOf", asOf));
            }

            last = next;
        }
    }
}
