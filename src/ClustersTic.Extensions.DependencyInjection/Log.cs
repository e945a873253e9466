using Microsoft.Extensions.Logging;

namespace ClustersTic.Extensions.DependencyInjection;

/// <summary>The log messages of the ClustersTic package (category <c>ClustersTic</c>).</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "ClustersTic rules pinned to rule set {RuleSetId} ({RuleSetVersion}, fingerprint {Fingerprint}) from {Source}")]
    public static partial void Pinned(ILogger logger, string ruleSetId, string ruleSetVersion, string fingerprint, string source);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "ClustersTic rules follow the date: rule set {RuleSetId} ({RuleSetVersion}) in force on {Today}, {Count} rule sets in the catalog")]
    public static partial void FollowingTheDate(ILogger logger, string ruleSetId, string ruleSetVersion, string today, int count);

    [LoggerMessage(EventId = 3, Level = LogLevel.Information, Message = "ClustersTic data set loaded from {Source}: {Clusters} clusters, {Companies} companies, {Assessments} assessments, {Signatures} signatures ({Bytes} bytes, {Milliseconds} ms)")]
    public static partial void DataSetLoaded(ILogger logger, string source, int clusters, int companies, int assessments, int signatures, long bytes, long milliseconds);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning, Message = "ClustersTic data set from {Source} rejected: {Count} problems, first: {Problems}")]
    public static partial void DataSetRejected(ILogger logger, string source, int count, string problems);
}
