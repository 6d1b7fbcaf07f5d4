using StorageOps.Functions.Composition;
using StorageOps.Local.Template;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Template;

public sealed class QueueWiringTests
{
    private static readonly LocalAccount Account = new();

    [Fact]
    public void Resolve_WhenGivenTheRepositoryTemplate_ShouldWireTheRequestsQueueItsDeadLetterQueueAndTheRouterAsDeployed()
    {
        var wiring = TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), FunctionComposition.Registry.Names, Account);

        Assert.Empty(wiring.Problems);
        var requests = wiring.Queues["RequestsQueue"];
        Assert.Equal(new WiredQueue("RequestsQueue", "storageops-requests", "https://sqs.us-east-1.amazonaws.com/123456789012/storageops-requests", "arn:aws:sqs:us-east-1:123456789012:storageops-requests", TimeSpan.FromSeconds(180), "RequestsDeadLetterQueue", 3), requests);
        Assert.Null(wiring.Queues["RequestsDeadLetterQueue"].DeadLetterQueue);
        var eventSource = Assert.Single(wiring.EventSources);
        Assert.Equal(new WiredEventSource("RouteRequestsEventSource", "RequestsQueue", "RouteRequestsFunction", 10, TimeSpan.FromSeconds(5), ReportBatchItemFailures: true, MaximumConcurrency: 2), eventSource);
        Assert.Equal(Account.StateMachineArn("provision-file-system"), wiring.FunctionsByName["RouteRequestsFunction"].Environment["PROVISION_FILE_SYSTEM_STATE_MACHINE_ARN"]);
    }

    [Fact]
    public void Resolve_WhenQueuesAndMappingsAreMiswired_ShouldReportEachProblem()
    {
        var template = SamTemplate.Parse("""
            Resources:
              Router:
                Type: AWS::Serverless::Function
                Properties:
                  Timeout: 60
                  Environment:
                    Variables:
                      STORAGEOPS_HANDLER: RouteRequests
                      MACHINE_ARN: !Ref NoSuchMachine
              Requests:
                Type: AWS::SQS::Queue
                Properties:
                  VisibilityTimeout: 300
                  RedrivePolicy:
                    deadLetterTargetArn: !GetAtt Elsewhere.Arn
                    maxReceiveCount: 0
              Mapping:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  EventSourceArn: !GetAtt Requests.Arn
                  FunctionName: !Ref Router
                  BatchSize: 100
                  ScalingConfig:
                    MaximumConcurrency: 1
              Orphan:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  EventSourceArn: !GetAtt Router.Arn
                  FunctionName: !Ref Nobody
            """, Path.GetTempPath());

        var problems = TemplateWiring.Resolve(template, FunctionComposition.Registry.Names, Account).Problems;

        Assert.Contains("Queue Requests: RedrivePolicy.deadLetterTargetArn is not !GetAtt <queue of this template>.Arn.", problems);
        Assert.Contains("Queue Requests: RedrivePolicy.maxReceiveCount is '0', expected a whole number from 1 to 1000.", problems);
        Assert.Contains("Function Router: environment variable MACHINE_ARN refers to nothing this template has (Ref NoSuchMachine).", problems);
        Assert.Contains("EventSourceMapping Mapping: ScalingConfig.MaximumConcurrency is '1', expected a whole number from 2 to 1000.", problems);
        Assert.Contains("EventSourceMapping Mapping: a BatchSize above 10 needs MaximumBatchingWindowInSeconds of at least 1.", problems);
        Assert.Contains("EventSourceMapping Mapping: queue Requests has VisibilityTimeout 300 s, less than 6 × function Router's Timeout (60 s).", problems);
        Assert.Contains("EventSourceMapping Orphan: EventSourceArn is not !GetAtt <queue of this template>.Arn.", problems);
        Assert.Contains("EventSourceMapping Orphan: FunctionName is not !Ref or !GetAtt .Arn of a function of this template.", problems);
    }
}
