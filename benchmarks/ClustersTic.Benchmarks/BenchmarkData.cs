using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using ClustersTic.Benchmarks.Eligibility;
using ClustersTic.Charter;
using ClustersTic.Companies;
using ClustersTic.Organisations;
using ClustersTic.RuleSets;
using ClustersTic.Samples;
using NodaTime;

namespace ClustersTic.Benchmarks;

/// <summary>The data every benchmark shares: v1 rules on 2026-11-28, the sample consortium, an eligible
/// company, a company failing several rules, and 10,000 generated companies (seeded).</summary>
public sealed class BenchmarkData
{
    public static readonly LocalDate AsOf = new(2026, 11, 28);

    public BenchmarkData(int batchSize = 10_000, int seed = 2026)
    {
        Rules = new ConsortiumRules(RuleSetCatalog.Embedded.Get("v1"), SystemClock.Instance);
        Consortium = Rules.Snapshot(SampleData.Load().Clusters, AsOf);
        ClusterIsMember = Consortium.Clusters.ToDictionary(c => c.Subject, c => c.IsMember, StringComparer.Ordinal);
        Eligible = new Company
        {
            Siren = "732829320",
            Siret = "73282932000074",
            Name = "Atelier Web Forez",
            NafRev2 = "62.01Z",
            State = AdministrativeState.Active,
            CreatedOn = new LocalDate(2012, 5, 1),
            ClosedYears = [new ClosedYearFigures(2024, 6m, 900_000m, 400_000m), new ClosedYearFigures(2025, 7m, 1_100_000m, 500_000m)],
            Memberships = [new ClusterMembership("loire-numerique", new LocalDate(2013, 1, 1))],
        };
        Failing = Eligible with
        {
            Siren = "732829321",
            Siret = null,
            NafRev2 = "70.22Z",
            State = AdministrativeState.Ceased,
            CeasedOn = new LocalDate(2025, 6, 30),
            Memberships = [new ClusterMembership("club-velay", new LocalDate(2013, 1, 1))],
        };
        Batch = Generate(batchSize, seed);
        Assessment = new Assessment
        {
            CompanySiren = "732829320",
            Date = new LocalDate(2026, 6, 2),
            Kind = AssessmentKind.PeerReview,
            Answers = Rules.GetRuleSet().Charter.Criteria.Select((c, i) => new Answer
            {
                CriterionId = c.Id,
                Status = c.Level != RequirementLevel.Must && i % 5 == 0 ? AnswerStatus.Unmet : AnswerStatus.Met,
                Evidence = c.EvidenceRequired ? "doc-" + c.Id : null,
            }).ToArray(),
        };
    }

    public ConsortiumRules Rules { get; }

    public ConsortiumSnapshot Consortium { get; }

    public IReadOnlyDictionary<string, bool> ClusterIsMember { get; }

    public Company Eligible { get; }

    public Company Failing { get; }

    public Company[] Batch { get; }

    public Assessment Assessment { get; }

    public EligibilityInput Input(Company company) => new(company, ClusterIsMember, AsOf);

    public static Company[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        string[] clusters = ["loire-numerique", "rhonealley", "peba", "spn", "club-velay", "occitanie-web", "nowhere"];
        string?[] codes = ["62.01Z", "6202A", "58.29C", "63.11Z", "26.20Z", "70.22Z", "28.41Z", "46.69B", null, "62-01", "95.11Z"];
        var companies = new Company[count];
        for (int i = 0; i < count; i++)
        {
            string prefix = random.Next(1, 99_999_999).ToString("D8", CultureInfo.InvariantCulture);
            string siren = prefix + LuhnDigit(prefix);
            if (random.Next(20) == 0)
            {
                siren = prefix + ((LuhnDigit(prefix) + 1) % 10);
            }

            int state = random.Next(20);
            int year = 2024;
            decimal headcount = random.Next(1, 400);
            companies[i] = new Company
            {
                Siren = siren,
                Siret = random.Next(3) == 0 ? null : siren + "0001" + LuhnDigit(siren + "0001"),
                Name = "Company " + i.ToString(CultureInfo.InvariantCulture),
                NafRev2 = codes[random.Next(codes.Length)],
                State = state == 0 ? null : state == 1 ? AdministrativeState.Ceased : AdministrativeState.Active,
                CeasedOn = state == 1 && random.Next(2) == 0 ? new LocalDate(2020 + random.Next(10), 1 + random.Next(12), 1) : null,
                CreatedOn = new LocalDate(1990 + random.Next(40), 1 + random.Next(12), 1),
                ClosedYears =
                [
                    new ClosedYearFigures(year, headcount, headcount * 150_000m, random.Next(10) == 0 ? null : headcount * 90_000m),
                    new ClosedYearFigures(year + 1, Math.Max(0m, headcount + random.Next(-5, 30)), headcount * 170_000m, headcount * 95_000m),
                ],
                Memberships = [new ClusterMembership(clusters[random.Next(clusters.Length)], new LocalDate(2010 + random.Next(20), 1, 1))],
                Derogation = random.Next(15) == 0 ? new SectorDerogation("spn", random.Next(2) == 0 ? "Éditeur" : " ", new LocalDate(2020, 1, 1)) : null,
            };
        }

        return companies;
    }

    private static int LuhnDigit(string prefix)
    {
        int sum = 0;
        for (int i = 0; i < prefix.Length; i++)
        {
            int d = prefix[prefix.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d = d * 2 > 9 ? (d * 2) - 9 : d * 2;
            }

            sum += d;
        }

        return (10 - (sum % 10)) % 10;
    }
}
