using System.Collections.Generic;
using ClustersTic.Companies;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using NodaTime;
using NodaTime.Testing;

namespace ClustersTic.Tests.Support;

/// <summary>Shared test data: the v1 rules, a fixed clock, and valid records to vary with <c>with</c>.</summary>
internal static class Fixtures
{
    public static readonly RuleSet V1 = RuleSetCatalog.Embedded.Get("v1");

    public static readonly RuleSet V2 = RuleSetCatalog.Embedded.Get("v2");

    /// <summary>2026-11-28 12:00 UTC.</summary>
    public static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 28, 12, 0));

    public static readonly ConsortiumRules Rules = new(V1, Clock);

    public static readonly LocalDate AsOf = new(2026, 11, 28);

    public static LocalDate D(int year, int month, int day) => new(year, month, day);

    /// <summary>A founding cluster, member on any date from 2009-12-07 (France Clusters member since 2005).</summary>
    public static Cluster Founder(string id = "loire-numerique") => new()
    {
        Id = id,
        Name = "Loire Numérique",
        Region = "Rhône-Alpes",
        Kind = OrganisationKind.Cluster,
        DeclaredAudience = ClusterAudience.DigitalProviders,
        FranceClustersMemberships = new[] { new MembershipPeriod(D(2005, 1, 1)) },
        ConventionSignedOn = D(2009, 12, 7),
        IsFounder = true,
    };

    /// <summary>A non-founding cluster that meets every admission rule and signed in 2015.</summary>
    public static Cluster Applicant(string id = "numerica") => new()
    {
        Id = id,
        Name = "Numerica",
        Kind = OrganisationKind.Cluster,
        DeclaredAudience = ClusterAudience.DigitalProviders,
        FranceClustersMemberships = new[] { new MembershipPeriod(D(2014, 1, 1)) },
        ConventionSignedOn = D(2015, 3, 1),
    };

    /// <summary>An eligible company: valid SIREN/SIRET, active, digital (62.01Z), micro, adherent of the founder.</summary>
    public static Company Company(string siren = "732829320") => new()
    {
        Siren = siren,
        Siret = siren == "732829320" ? "73282932000074" : null,
        Name = "Atelier Web Forez",
        NafRev2 = "62.01Z",
        Naf2025 = "62.10Y",
        State = AdministrativeState.Active,
        CreatedOn = D(2012, 5, 1),
        ClosedYears = new[] { new ClosedYearFigures(2024, 6m, 900_000m, 400_000m), new ClosedYearFigures(2025, 7m, 1_100_000m, 500_000m) },
        Memberships = new[] { new ClusterMembership("loire-numerique", D(2013, 1, 1)) },
    };

    /// <summary>The n-th valid SIREN of a series (8 digits from <paramref name="n"/>, then the Luhn key), so that
    /// tests can make as many distinct companies as they need.</summary>
    public static string ValidSiren(int n)
    {
        string body = (10_000_000 + n).ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
        for (int key = 0; key < 10; key++)
        {
            string candidate = body + key.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ClustersTic.Identifiers.Siren.TryParse(candidate, out _))
            {
                return candidate;
            }
        }

        throw new System.InvalidOperationException("A Luhn key always exists.");
    }

    /// <summary>The same companies with distinct SIRENs (from <see cref="ValidSiren"/>) and no SIRET.</summary>
    public static Company[] Distinct(params Company[] companies)
    {
        var result = new Company[companies.Length];
        for (int i = 0; i < companies.Length; i++)
        {
            result[i] = companies[i] with { Siren = ValidSiren(i + 1), Siret = null };
        }

        return result;
    }

    public static ConsortiumSnapshot Snapshot(LocalDate asOf, params Cluster[] clusters) =>
        Rules.Snapshot(clusters.Length == 0 ? new[] { Founder() } : clusters, asOf);

    public static IEnumerable<string> Codes(ClustersTic.Decisions.Decision decision)
    {
        foreach (ClustersTic.Decisions.Finding finding in decision.Findings)
        {
            yield return finding.Code;
        }
    }

    /// <summary>Each finding as <c>code name=value …</c>, to assert the values a finding carries.</summary>
    public static IEnumerable<string> Explained(ClustersTic.Decisions.Decision decision)
    {
        foreach (ClustersTic.Decisions.Finding finding in decision.Findings)
        {
            var text = new System.Text.StringBuilder(finding.Code);
            foreach (ClustersTic.Decisions.FindingArgument argument in finding.Arguments)
            {
                text.Append(' ').Append(argument.Name).Append('=').Append(argument.Value);
            }

            yield return text.ToString();
        }
    }
}
