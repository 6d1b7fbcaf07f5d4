using System.Globalization;
using System.Net;
using System.Text;

namespace StorageOps.Local.Reports;

/// <summary>
/// Draws a laid-out graph as one SVG document with its own style: a <c>g.node</c> per state (<c>data-state</c>,
/// <c>data-type</c>, <c>data-status</c>) holding a <c>rect.box</c>, Map and Parallel nodes holding their inner graphs,
/// and a <c>g.edge</c> per transition (<c>edge-catch</c> dashed), labelled with its Choice rule or caught errors.
/// </summary>
public static class SvgGraphWriter
{
    public const string Style = """
        .state-machine-graph { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        .state-machine-graph .box { fill: #ffffff; stroke: #8d99a8; stroke-width: 1.5; }
        .state-machine-graph .name { font-size: 13px; font-weight: 600; fill: #16191f; text-anchor: middle; }
        .state-machine-graph .type { font-size: 11px; fill: #5f6b7a; text-anchor: middle; }
        .state-machine-graph .container > .box { fill: #f8f9fa; stroke-dasharray: 0; }
        .state-machine-graph .container > .name { text-anchor: start; }
        .state-machine-graph .container > .type { text-anchor: end; }
        .state-machine-graph .scope-frame { fill: #ffffff; stroke: #d1d5db; stroke-width: 1; }
        .state-machine-graph .scope-label { font-size: 11px; fill: #5f6b7a; }
        .state-machine-graph .marker > .box { fill: #e9ebed; stroke: #5f6b7a; }
        .state-machine-graph .marker > .name { font-weight: 500; }
        .state-machine-graph .state { cursor: pointer; }
        .state-machine-graph .status-succeeded > .box { fill: #e9f7e6; stroke: #1d8102; }
        .state-machine-graph .status-failed > .box { fill: #fdecea; stroke: #d91515; stroke-width: 2.5; }
        .state-machine-graph .status-caught > .box { fill: #fff3e0; stroke: #ec7211; stroke-width: 2.5; }
        .state-machine-graph .status-retried > .box { fill: #fdf8d8; stroke: #a88400; stroke-width: 2; }
        .state-machine-graph .status-not-reached > .box { fill: #f4f4f4; stroke: #aab7b8; stroke-dasharray: 4 3; }
        .state-machine-graph .status-not-reached > .name { fill: #7d8998; font-weight: 500; }
        .state-machine-graph .selected > .box { stroke-width: 3.5; filter: drop-shadow(0 0 5px #0972d3); }
        .state-machine-graph .edge path { fill: none; stroke: #7d8998; stroke-width: 1.4; }
        .state-machine-graph .edge-catch path { stroke: #d91515; stroke-dasharray: 6 4; }
        .state-machine-graph .edge-label rect { fill: #ffffff; fill-opacity: 0.9; stroke: none; }
        .state-machine-graph .edge-label text { font-size: 11px; fill: #414d5c; text-anchor: middle; }
        .state-machine-graph .edge-catch .edge-label text { fill: #b0170f; }
        """;

    private const double Padding = 12;

    /// <param name="statusOf">The status of a state by name, for an execution (null for a state whose status the history cannot tell); null draws the definition alone.</param>
    public static string Write(LaidOutScope graph, Func<string, StateStatus?>? statusOf = null, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var width = graph.Box.Width + 2 * Padding;
        var height = graph.Box.Height + 2 * Padding;
        var svg = new StringBuilder();
        svg.Append(Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"state-machine-graph\" width=\"{width:0}\" height=\"{height:0}\" viewBox=\"{-Padding:0} {-Padding:0} {width:0} {height:0}\" role=\"img\""));
        if (title is not null)
        {
            svg.Append(" aria-label=\"").Append(Encode(title)).Append('"');
        }

        svg.Append(">\n<style>\n").Append(Style).Append("</style>\n");
        svg.Append("""
            <defs>
            <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#7d8998"/></marker>
            <marker id="arrow-catch" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#d91515"/></marker>
            </defs>

            """);
        var placed = new LabelPlacer(graph.AllNodes().Where(node => !node.Node.IsContainer).Select(node => node.Box));
        WriteScope(svg, graph, statusOf, isRoot: true, placed);
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void WriteScope(StringBuilder svg, LaidOutScope scope, Func<string, StateStatus?>? statusOf, bool isRoot, LabelPlacer labels)
    {
        svg.Append("<g class=\"scope\" data-scope=\"").Append(Encode(scope.Scope.Id)).Append("\">\n");
        if (!isRoot)
        {
            var box = scope.Box;
            svg.Append(Invariant($"<rect class=\"scope-frame\" x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" rx=\"4\"/>\n"));
            if (scope.Scope.Label is { } label)
            {
                svg.Append(Invariant($"<text class=\"scope-label\" x=\"{box.X + 6:0.#}\" y=\"{box.Y + 12:0.#}\">")).Append(Encode(label)).Append("</text>\n");
            }
        }

        foreach (var edge in scope.Edges)
        {
            WriteEdge(svg, edge, labels);
        }

        foreach (var node in scope.Nodes)
        {
            WriteNode(svg, node, statusOf, labels);
        }

        svg.Append("</g>\n");
    }

    private static void WriteNode(StringBuilder svg, LaidOutNode laidOut, Func<string, StateStatus?>? statusOf, LabelPlacer labels)
    {
        var node = laidOut.Node;
        var box = laidOut.Box;
        var classes = new List<string> { "node", node.IsMarker ? "marker" : "state" };
        if (node.IsContainer)
        {
            classes.Add("container");
        }

        StateStatus? status = node.StateName is { } name && statusOf is not null ? statusOf(name) : null;
        if (status is { } known)
        {
            classes.Add("status-" + StateStatusNames.Css(known));
        }

        svg.Append("<g class=\"").Append(string.Join(' ', classes)).Append('"');
        if (node.StateName is { } stateName)
        {
            svg.Append(" data-state=\"").Append(Encode(stateName)).Append("\" data-type=\"").Append(Encode(node.Type)).Append('"');
            if (status is { } value)
            {
                svg.Append(" data-status=\"").Append(StateStatusNames.Css(value)).Append('"');
            }

            svg.Append(" tabindex=\"0\" role=\"button\"");
        }
        else
        {
            svg.Append(" data-marker=\"").Append(Encode(node.Type)).Append('"');
        }

        svg.Append(">\n<title>").Append(Encode(node.StateName is null ? node.Type : $"{node.StateName} ({node.Type}){(status is { } s ? ": " + StateStatusNames.Words(s) : "")}")).Append("</title>\n");
        var radius = node.IsMarker ? box.Height / 2 : 6;
        svg.Append(Invariant($"<rect class=\"box\" x=\"{box.X:0.#}\" y=\"{box.Y:0.#}\" width=\"{box.Width:0.#}\" height=\"{box.Height:0.#}\" rx=\"{radius:0.#}\"/>\n"));
        if (node.IsMarker)
        {
            svg.Append(Invariant($"<text class=\"name\" x=\"{box.Center.X:0.#}\" y=\"{box.Center.Y + 4.5:0.#}\">{node.Type}</text>\n"));
        }
        else if (node.IsContainer)
        {
            svg.Append(Invariant($"<text class=\"name\" x=\"{box.X + 10:0.#}\" y=\"{box.Y + 19:0.#}\">")).Append(Encode(node.StateName!)).Append("</text>\n");
            svg.Append(Invariant($"<text class=\"type\" x=\"{box.Right - 10:0.#}\" y=\"{box.Y + 19:0.#}\">")).Append(Encode(node.Type)).Append("</text>\n");
            foreach (var child in laidOut.Children)
            {
                WriteScope(svg, child, statusOf, isRoot: false, labels);
            }
        }
        else
        {
            svg.Append(Invariant($"<text class=\"name\" x=\"{box.Center.X:0.#}\" y=\"{box.Y + 19:0.#}\">")).Append(Encode(node.StateName!)).Append("</text>\n");
            svg.Append(Invariant($"<text class=\"type\" x=\"{box.Center.X:0.#}\" y=\"{box.Y + 35:0.#}\">")).Append(Encode(node.Type)).Append("</text>\n");
        }

        svg.Append("</g>\n");
    }

    private static void WriteEdge(StringBuilder svg, LaidOutEdge laidOut, LabelPlacer labels)
    {
        var edge = laidOut.Edge;
        var isCatch = edge.Kind == GraphEdgeKind.Catch;
        svg.Append("<g class=\"edge edge-").Append(edge.Kind.ToString().ToLowerInvariant()).Append("\" data-from=\"").Append(Encode(edge.From))
            .Append("\" data-to=\"").Append(Encode(edge.To)).Append("\">\n");
        if ((edge.Title ?? edge.Label) is { } title)
        {
            svg.Append("<title>").Append(Encode(isCatch ? "Catch: " + title : title)).Append("</title>\n");
        }

        svg.Append("<path d=\"").Append(PathData(laidOut.Points)).Append("\" marker-end=\"url(#").Append(isCatch ? "arrow-catch" : "arrow").Append(")\"/>\n");
        if (edge.Label is { } label)
        {
            var width = label.Length * 6.1 + 8;
            var at = labels.Place(laidOut.Points, width, 15);
            svg.Append(Invariant($"<g class=\"edge-label\"><rect x=\"{at.X - width / 2:0.#}\" y=\"{at.Y - 8:0.#}\" width=\"{width:0.#}\" height=\"15\" rx=\"3\"/><text x=\"{at.X:0.#}\" y=\"{at.Y + 3.5:0.#}\">"))
                .Append(Encode(label)).Append("</text></g>\n");
        }

        svg.Append("</g>\n");
    }

    /// <summary>Straight through the bends GraphShape routed, with the corners rounded by quadratic curves.</summary>
    private static string PathData(IReadOnlyList<LayoutPoint> points)
    {
        var data = new StringBuilder(Invariant($"M{points[0].X:0.#},{points[0].Y:0.#}"));
        for (var index = 1; index < points.Count - 1; index++)
        {
            var (corner, next) = (points[index], points[index + 1]);
            var mid = new LayoutPoint((corner.X + next.X) / 2, (corner.Y + next.Y) / 2);
            data.Append(Invariant($" Q{corner.X:0.#},{corner.Y:0.#} {mid.X:0.#},{mid.Y:0.#}"));
        }

        data.Append(Invariant($" L{points[^1].X:0.#},{points[^1].Y:0.#}"));
        return data.ToString();
    }

    /// <summary>
    /// Puts each edge label on its edge where it covers no node and no label placed before it: halfway along if it
    /// can, else nearer one end; where every place is taken, halfway.
    /// </summary>
    private sealed class LabelPlacer(IEnumerable<LayoutBox> nodes)
    {
        private static readonly double[] Fractions = [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8];
        private readonly List<LayoutBox> taken = [.. nodes];

        public LayoutPoint Place(IReadOnlyList<LayoutPoint> points, double width, double height)
        {
            var candidates = Fractions.Select(fraction => PointAlong(points, fraction)).ToList();
            var at = candidates.FirstOrDefault(point => !taken.Any(box => box.Overlaps(BoxAt(point, width, height))), candidates[0]);
            taken.Add(BoxAt(at, width, height));
            return at;
        }

        private static LayoutBox BoxAt(LayoutPoint center, double width, double height) => new(center.X - width / 2, center.Y - height / 2, width, height);
    }

    /// <summary>The point <paramref name="fraction"/> of the way along the polyline.</summary>
    private static LayoutPoint PointAlong(IReadOnlyList<LayoutPoint> points, double fraction)
    {
        var lengths = points.Zip(points.Skip(1), (a, b) => Math.Sqrt((b.X - a.X) * (b.X - a.X) + (b.Y - a.Y) * (b.Y - a.Y))).ToList();
        var remaining = lengths.Sum() * fraction;
        for (var index = 0; index < lengths.Count; index++)
        {
            if (remaining <= lengths[index] && lengths[index] > 0)
            {
                var t = remaining / lengths[index];
                return new LayoutPoint(points[index].X + (points[index + 1].X - points[index].X) * t, points[index].Y + (points[index + 1].Y - points[index].Y) * t);
            }

            remaining -= lengths[index];
        }

        return points[^1];
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
