namespace ClustersTic.Charter;

/// <summary>The score of one category of the charter.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class CategoryScore
{
    internal CategoryScore(string categoryId, int metWeight, int applicableWeight, decimal? score)
    {
        CategoryId = categoryId;
        MetWeight = metWeight;
        ApplicableWeight = applicableWeight;
        Score = score;
    }

    /// <summary>The category's id.</summary>
    public string CategoryId { get; }

    /// <summary>The sum of the weights of its Met criteria.</summary>
    public int MetWeight { get; }

    /// <summary>The sum of the weights of its applicable criteria (not validly N/A).</summary>
    public int ApplicableWeight { get; }

    /// <summary>The published score, 0.0 to 100.0 with one decimal, or null when nothing applies (the
    /// category is then ignored for the category minimum).</summary>
    public decimal? Score { get; }
}
