using System;
using System.Threading;
using System.Threading.Tasks;
using ClustersTic.Companies;
using ClustersTic.Reports;
using ClustersTic.Samples;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClustersTic.HostingSample;

/// <summary>A background job of a cluster's portal: checks the member companies once, logs the
/// decisions, and stops the application.</summary>
internal sealed partial class MemberCheckService(ConsortiumRules rules, IHostApplicationLifetime lifetime, ILogger<MemberCheckService> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        ConsortiumReport report = rules.Evaluate(SampleData.Load(), SampleData.ReferenceDate);
        foreach (CompanyEligibilityDecision decision in report.Companies)
        {
            LogDecision(decision.CompanyName, decision.Outcome, decision.Findings.Count);
        }

        Console.WriteLine(report.Companies[0].ToJson(Text.Language.English));
        lifetime.StopApplication();
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Company}: {Outcome} ({Findings} findings)")]
    private partial void LogDecision(string company, Decisions.Outcome outcome, int findings);
}
