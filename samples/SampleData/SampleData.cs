using System;
using System.IO;
using ClustersTic.DataSets;

namespace ClustersTic.Samples;

/// <summary>
/// The sample data set (not part of the package: each sample, the benchmarks and the tests compile this file and
/// embed its JSON through <c>samples/SampleData/SampleData.props</c>), for demos, documentation and trying the library: the five founding clusters
/// (convention signed on 2009-12-07), one organisation excluded by each exclusion of CL-2 and CL-3, a cluster
/// whose France Clusters membership has lapsed, a cluster pending signature, and companies, assessments and
/// signatures reaching each outcome, level and signature status as of 2026-11-28. The companies are made up;
/// their SIRENs are only checksum-valid.
/// </summary>
internal static class SampleData
{
    /// <summary>The date the sample data was written for: each status is shown as of this date.</summary>
    public static NodaTime.LocalDate ReferenceDate => new(2026, 11, 28);

    /// <summary>Loads the sample data set.</summary>
    /// <returns>The data set.</returns>
    public static DataSet Load()
    {
        using Stream stream = OpenJson();
        return DataSet.Load(stream);
    }

    /// <summary>Opens the sample data set's JSON (a data set document), to read or copy.</summary>
    /// <returns>A stream of UTF-8 JSON, to be disposed by the caller.</returns>
    public static Stream OpenJson() =>
        typeof(SampleData).Assembly.GetManifestResourceStream("ClustersTic.Samples.consortium.json")
        ?? throw new InvalidOperationException("The sample data set is not embedded in this assembly: import samples/SampleData/SampleData.props.");
}
