namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>The baseline: the rules as plain if/else over the hand-written checks.</summary>
public static class HandWrittenEligibility
{
    public static EligibilityResult Evaluate(EligibilityInput input)
    {
        int failed = 0;
        int unknown = 0;
        if (!Checks.SirenValid(input.Company.Siren) || !Checks.SiretOk(input.Company.Siren ?? "", input.Company.Siret))
        {
            failed |= 1 << 1;
        }

        Mark(Checks.Active(input.Company, input.AsOf), 2, ref failed, ref unknown);
        Mark(Checks.Adherent(input.Company, input.ClusterIsMember, input.AsOf), 3, ref failed, ref unknown);
        Mark(Checks.Digital(input.Company, input.AsOf), 4, ref failed, ref unknown);

        // CO-5 with v1's parameters (every category eligible): computed, never failed nor unknown.
        _ = Checks.Size(input.Company, input.AsOf);
        return EligibilityResult.From(failed, unknown);
    }

    private static void Mark(int result, int rule, ref int failed, ref int unknown)
    {
        if (result == 1)
        {
            failed |= 1 << rule;
        }
        else if (result == 2)
        {
            unknown |= 1 << rule;
        }
    }
}
