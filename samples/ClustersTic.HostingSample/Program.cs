using ClustersTic.HostingSample;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The usual Generic Host set-up: ClustersTic is one line, the rest is the application.
HostApplicationBuilder builder = Host.CreateApplicationBuilder(args);
builder.Services.AddClustersTic(options => options.RuleSetId = "v1");   // or RuleSetFile = "rules.json"; or nothing: in force today
builder.Services.AddHostedService<MemberCheckService>();
using IHost host = builder.Build();
await host.RunAsync();
