using FluentValidation;
using FluentValidation.Results;

namespace ClustersTic.Benchmarks.Eligibility;

/// <summary>The rules as a FluentValidation validator (built once and cached, as its docs advise).
/// Failed rules are errors; rules that cannot be checked are warnings.</summary>
public sealed class FluentValidationEligibility : AbstractValidator<EligibilityInput>
{
    public FluentValidationEligibility()
    {
        RuleFor(x => x.SirenValid).Equal(true).WithErrorCode("CO-1");
        RuleFor(x => x.SiretOk).Equal(true).WithErrorCode("CO-1");
        RuleFor(x => x.Active).NotEqual(1).WithErrorCode("CO-2");
        RuleFor(x => x.Active).NotEqual(2).WithErrorCode("CO-2").WithSeverity(Severity.Warning);
        RuleFor(x => x.Adherent).NotEqual(1).WithErrorCode("CO-3");
        RuleFor(x => x.Adherent).NotEqual(2).WithErrorCode("CO-3").WithSeverity(Severity.Warning);
        RuleFor(x => x.Digital).NotEqual(1).WithErrorCode("CO-4");
        RuleFor(x => x.Digital).NotEqual(2).WithErrorCode("CO-4").WithSeverity(Severity.Warning);
        RuleFor(x => Checks.Size(x.Company, x.AsOf)).Must(_ => true).WithErrorCode("CO-5");
    }

    public EligibilityResult Evaluate(EligibilityInput input)
    {
        ValidationResult result = Validate(input);
        int failed = 0;
        int unknown = 0;
        foreach (ValidationFailure error in result.Errors)
        {
            int bit = 1 << (error.ErrorCode[3] - '0');
            if (error.Severity == Severity.Error)
            {
                failed |= bit;
            }
            else
            {
                unknown |= bit;
            }
        }

        return EligibilityResult.From(failed, unknown);
    }
}
