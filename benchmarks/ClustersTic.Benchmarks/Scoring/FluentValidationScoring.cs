using System.Linq;
using ClustersTic.Charter;
using FluentValidation;

namespace ClustersTic.Benchmarks.Scoring;

/// <summary>Scoring with FluentValidation: one rule per MUST criterion of the charter (built once); the score
/// arithmetic, which a validator cannot express, is the shared code of <see cref="ScoringInput"/>.</summary>
public sealed class FluentValidationScoring : AbstractValidator<ScoringInput>
{
    public FluentValidationScoring(CharterDefinition charter)
    {
        foreach (Criterion criterion in charter.Criteria.Where(c => c.Level == RequirementLevel.Must))
        {
            string id = criterion.Id;
            RuleFor(x => x).Must(x => x.IsMetOrNotApplicable(id)).WithErrorCode(id);
        }
    }

    public (decimal? Score, CharterLevel Level) Evaluate(ScoringInput input)
    {
        bool mustMissing = !Validate(input).IsValid;
        return (input.Score().Score, input.Level(mustMissing));
    }
}
