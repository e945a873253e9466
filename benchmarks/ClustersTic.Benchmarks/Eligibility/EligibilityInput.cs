using System.Collections.Generic;
using ClustersTic.Companies;
using NodaTime;

namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>One company to check, with what the rules need around it (the member clusters, the date).</summary>
public sealed class EligibilityInput(Company company, IReadOnlyDictionary<string, bool> clusterIsMember, LocalDate asOf)
{
    public Company Company { get; } = company;

    public IReadOnlyDictionary<string, bool> ClusterIsMember { get; } = clusterIsMember;

    public LocalDate AsOf { get; } = asOf;

    // Members named for the rule expressions of FluentValidation and RulesEngine.
    public bool SirenValid => Checks.SirenValid(Company.Siren);

    public bool SiretOk => Checks.SiretOk(Company.Siren ?? "", Company.Siret);

    public int Active => Checks.Active(Company, AsOf);

    public int Adherent => Checks.Adherent(Company, ClusterIsMember, AsOf);

    public int Digital => Checks.Digital(Company, AsOf);
}
