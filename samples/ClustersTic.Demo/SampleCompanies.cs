using System.Collections.Generic;
using ClustersTic.Companies;

namespace ClustersTic.Demo;

internal sealed record SampleCompany(string Name, IReadOnlyList<ClosedYearFigures> Years);

/// <summary>A few made-up companies, to show the size rules.</summary>
internal static class SampleCompanies
{
    private const decimal M = 1_000_000m;

    public static IReadOnlyList<SampleCompany> All { get; } =
    [
        new("Atelier Web Forez", [new(2023, 4m, 0.6m * M, 0.3m * M), new(2024, 6m, 0.9m * M, 0.4m * M)]),
        new("Drôme Logiciels", [new(2022, 8m, 1.5m * M, 1m * M), new(2023, 12m, 2.5m * M, 1.5m * M), new(2024, 14m, 3m * M, 2.5m * M)]),
        new("Adour Intégration", [new(2022, 8m, 1.5m * M, 1m * M), new(2023, 12m, 2.5m * M, 2.5m * M), new(2024, 9m, 1.8m * M, 1.2m * M)]),
        new("Besançon Data", [new(2023, 45m, 8m * M, 6m * M), new(2024, 260m, 60m * M, 50m * M)]),
        new("Poitou Numérique", [new(2024, 7m, null, 3m * M)]),
    ];
}
