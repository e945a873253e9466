using System.Linq;
using ClustersTic.Charter;
using ClustersTic.Signatures;
using CsCheck;
using NodaTime;
using static ClustersTic.Tests.Support.Fixtures;

namespace ClustersTic.Tests.Properties;

/// <summary>Properties of the signature lifecycle over random histories.</summary>
public sealed class LifecyclePropertyTests
{
    private static readonly LocalDate Start = D(2015, 1, 1);

    private static readonly Gen<LocalDate> Dates = Gen.Int[0, 4000].Select(d => Start.PlusDays(d));

    private static readonly Gen<Signature> Signatures = Gen.Select(
        Dates,
        Dates.Array[0, 6],
        Gen.Select(Dates, Gen.Enum<CharterLevel>()).Array[0, 3],
        Gen.Select(Gen.Bool, Dates, Gen.Int[0, 200]).Array[0, 3]).Select((granted, reviews, renewals, ncs) => new Signature
        {
            CompanySiren = "732829320",
            GrantedOn = granted,
            Reviews = reviews,
            Renewals = renewals.Select(r => new RenewalAssessment { AssessedOn = r.Item1, Level = r.Item2 }).ToArray(),
            NonConformities = ncs.Select((n, i) => new NonConformity
            {
                Id = "NC-" + i,
                Severity = n.Item1 ? NonConformitySeverity.Major : NonConformitySeverity.Minor,
                RaisedOn = n.Item2,
                LiftedOn = n.Item3 < 100 ? n.Item2.PlusDays(n.Item3) : null,
            }).ToArray(),
        });

    [Fact]
    public void Expired_NeverBecomesActiveAgainWithoutANewRenewal()
    {
        Signatures.Sample(signature =>
        {
            bool expired = false;
            int renewedCount = 0;
            for (LocalDate day = signature.GrantedOn; day <= signature.GrantedOn.PlusYears(8); day = day.PlusDays(30))
            {
                SignatureDecision decision = Rules.EvaluateSignature(signature, Company(), day);
                int renewals = decision.Findings.Count(f => f.Code == ClustersTic.Decisions.FindingCodes.SignatureRenewed);
                if (expired && decision.Status is SignatureStatus.Active or SignatureStatus.ReviewDue or SignatureStatus.Suspended)
                {
                    renewals.Should().BeGreaterThan(renewedCount, "only a renewal brings an expired signature back");
                }

                expired = decision.Status == SignatureStatus.Expired;
                renewedCount = renewals;
            }
        }, iter: 100);
    }

    [Fact]
    public void Status_IsAlwaysOneOfTheDefinedValues_AndNotGrantedOnlyBeforeTheGrant()
    {
        Gen.Select(Signatures, Dates).Sample((signature, day) =>
        {
            SignatureDecision decision = Rules.EvaluateSignature(signature, Company(), day);
            System.Enum.IsDefined(decision.Status).Should().BeTrue();
            (decision.Status == SignatureStatus.NotGranted).Should().Be(day < signature.GrantedOn);
        }, iter: 500);
    }
}
