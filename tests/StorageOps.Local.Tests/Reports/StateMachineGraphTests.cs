using StorageOps.Functions.Composition;
using StorageOps.Local.Reports;
using StorageOps.Local.Template;
using StorageOps.StatesLanguage.Definition;
using StorageOps.Testing;

namespace StorageOps.Local.Tests.Reports;

public sealed class StateMachineGraphTests
{
    private const string Nested = """
        {
          "StartAt": "IsReady",
          "States": {
            "IsReady": { "Type": "Choice", "Choices": [
                { "Variable": "$.ready", "BooleanEquals": true, "Next": "Fan" },
                { "And": [{ "Variable": "$.count", "NumericGreaterThanEquals": 3 }, { "Not": { "Variable": "$.name", "StringEquals": "x" } }], "Next": "Each" }
              ], "Default": "Wait" },
            "Wait": { "Type": "Wait", "Seconds": 5, "Next": "IsReady" },
            "Fan": { "Type": "Parallel", "Next": "Done", "Catch": [{ "ErrorEquals": ["States.Timeout", "States.TaskFailed"], "Next": "Failed" }],
              "Branches": [
                { "StartAt": "Left", "States": { "Left": { "Type": "Pass", "Next": "LeftAgain" }, "LeftAgain": { "Type": "Pass", "End": true } } },
                { "StartAt": "Right", "States": { "Right": { "Type": "Pass", "End": true } } }
              ] },
            "Each": { "Type": "Map", "ItemsPath": "$.items", "Next": "Done",
              "ItemProcessor": { "StartAt": "One", "States": { "One": { "Type": "Pass", "End": true } } } },
            "Done": { "Type": "Succeed" },
            "Failed": { "Type": "Fail", "Error": "Fan.Failed" }
          }
        }
        """;

    public static TheoryData<string> Workflows() => [.. Wiring().Workflows.Keys.Order(StringComparer.Ordinal)];

    private static TemplateWiring Wiring() =>
        TemplateWiring.Resolve(SamTemplate.Load(RepositoryPaths.Combine("template.yaml")), FunctionComposition.Registry.Names, new LocalAccount());

    private static IEnumerable<string> StateNames(StatesLanguage.States.StateGraph graph) =>
        graph.States.Values.SelectMany(state => state switch
        {
            StatesLanguage.States.MapState map => StateNames(map.ItemProcessor).Prepend(state.Name),
            StatesLanguage.States.ParallelState parallel => parallel.Branches.SelectMany(StateNames).Prepend(state.Name),
            _ => [state.Name],
        });

    [Fact]
    public void From_ShouldDrawChoiceRulesDefaultsAndCatchesAsLabelledEdges()
    {
        var graph = StateMachineGraph.From(StateMachineDefinition.Parse(Nested));

        Assert.Contains(graph.Edges, edge => edge is { From: "root/IsReady", To: "root/Fan", Kind: GraphEdgeKind.Choice, Label: "$.ready == true" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/IsReady", To: "root/Each", Kind: GraphEdgeKind.Choice, Title: """($.count >= 3) && (!($.name == "x"))""" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/IsReady", To: "root/Wait", Kind: GraphEdgeKind.Default, Label: "Default" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/Fan", To: "root/Failed", Kind: GraphEdgeKind.Catch, Label: "States.Timeout, States.TaskFailed" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/Start", To: "root/IsReady" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/Done", To: "root/End" });
        Assert.Contains(graph.Edges, edge => edge is { From: "root/Failed", To: "root/End" });
    }

    [Fact]
    public void From_ShouldHoldAMapsItemProcessorAndEachParallelBranchInsideTheirNodes()
    {
        var graph = StateMachineGraph.From(StateMachineDefinition.Parse(Nested));

        var fan = graph.Nodes.Single(node => node.StateName == "Fan");
        Assert.Equal(2, fan.Children.Count);
        Assert.Equal(["Left", "LeftAgain"], fan.Children[0].Nodes.Select(node => node.StateName));
        Assert.Contains(fan.Children[0].Edges, edge => edge is { From: "root/Fan/Branches[0]/Left", To: "root/Fan/Branches[0]/LeftAgain" });
        var each = graph.Nodes.Single(node => node.StateName == "Each");
        Assert.Equal("One", Assert.Single(Assert.Single(each.Children).Nodes).StateName);
    }

    [Fact]
    public void Compute_ShouldKeepNodesApartAndContainersAroundTheirChildren()
    {
        var layout = GraphLayout.Compute(StateMachineGraph.From(StateMachineDefinition.Parse(Nested)));

        AssertLaidOutWell(layout);
        var fan = layout.Nodes.Single(node => node.Node.StateName == "Fan");
        Assert.All(fan.Children.SelectMany(child => child.AllNodes()), inner => Assert.True(fan.Box.Contains(inner.Box), $"{inner.Node.Id} lies outside Fan"));
    }

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Compute_ForEveryWorkflowOfTheTemplate_ShouldDrawEveryStateOnceWithNoTwoNodesOverlapping(string workflow)
    {
        var definition = StateMachineDefinition.Parse(Wiring().Workflow(workflow).Definition);

        var layout = GraphLayout.Compute(StateMachineGraph.From(definition));

        Assert.Equal(StateNames(definition.Graph).Order(StringComparer.Ordinal), layout.AllNodes().Where(node => !node.Node.IsMarker).Select(node => node.Node.StateName!).Order(StringComparer.Ordinal));
        AssertLaidOutWell(layout);
    }

    [Fact]
    public void Compute_ShouldDrawTheSameDefinitionTheSameWayEveryTime()
    {
        var definition = StateMachineDefinition.Parse(Wiring().Workflow("provision-file-system").Definition);

        var drawings = Enumerable.Range(0, 2).Select(_ => SvgGraphWriter.Write(GraphLayout.Compute(StateMachineGraph.From(definition)))).ToList();

        Assert.Equal(drawings[0], drawings[1]);
    }

    /// <summary>No two nodes overlap unless one contains the other; every edge starts on its source and ends on its target; the drawing holds everything.</summary>
    private static void AssertLaidOutWell(LaidOutScope layout)
    {
        var nodes = layout.AllNodes().ToList();
        var boxes = nodes.ToDictionary(node => node.Node.Id, node => node.Box, StringComparer.Ordinal);
        for (var i = 0; i < nodes.Count; i++)
        {
            for (var j = i + 1; j < nodes.Count; j++)
            {
                var (a, b) = (nodes[i].Box, nodes[j].Box);
                Assert.True(!a.Overlaps(b) || a.Contains(b) || b.Contains(a), $"{nodes[i].Node.Id} overlaps {nodes[j].Node.Id}");
            }
        }

        foreach (var node in nodes)
        {
            Assert.True(layout.Box.Contains(node.Box), $"{node.Node.Id} lies outside the drawing");
        }

        foreach (var edge in layout.AllEdges())
        {
            Assert.True(OnBorder(boxes[edge.Edge.From], edge.Points[0]), $"{edge.Edge.From} -> {edge.Edge.To} does not start on its source");
            Assert.True(OnBorder(boxes[edge.Edge.To], edge.Points[^1]), $"{edge.Edge.From} -> {edge.Edge.To} does not end on its target");
        }
    }

    private static bool OnBorder(LayoutBox box, LayoutPoint point) =>
        point.X >= box.X - 0.5 && point.X <= box.Right + 0.5 && point.Y >= box.Y - 0.5 && point.Y <= box.Bottom + 0.5;
}
