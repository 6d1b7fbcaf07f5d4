using GraphShape;
using GraphShape.Algorithms.Layout;
using QuikGraph;

namespace StorageOps.Local.Reports;

/// <summary>
/// Positions every node and routes every edge with GraphShape's layered (Sugiyama) layout, top to bottom, one scope at
/// a time from the inside out: a Map or Parallel is laid out first, and its size is the size of its node in the scope
/// around it; a Parallel's branches stand side by side inside it. See docs/decisions/0016-graph-layout-with-graphshape.md.
/// </summary>
public static class GraphLayout
{
    public const double StateHeight = 44;
    public const double MarkerWidth = 64;
    public const double MarkerHeight = 28;

    /// <summary>Room above a container's inner graph for its title, and around it.</summary>
    public const double ContainerHeader = 30;
    public const double ContainerPadding = 14;

    /// <summary>Room around a scope's nodes for edges that bend outside them and for labels.</summary>
    private const double Margin = 16;
    private const double BranchGap = 16;

    /// <summary>
    /// GraphShape's Sugiyama aligns the nodes of a layer by one of four modes (or their average, -1), and its crossing
    /// reduction is randomised. The layouts tried: the two alignments that draw narrowest, each with a few fixed seeds
    /// (so the same definition is drawn the same way every time), then the other alignments; the narrowest that keeps
    /// every node apart is taken (a few combinations can let two wide nodes of one layer touch).
    /// </summary>
    private static readonly (int Mode, int Seed)[] Attempts =
    [
        .. new[] { -1, 2 }.SelectMany(mode => Enumerable.Range(1, 6).Select(seed => (mode, seed))),
        (0, 1), (3, 1), (1, 1),
    ];

    /// <summary>The width of a state's node: its name at 13 px, a little wider than most fonts draw it.</summary>
    public static double StateWidth(string stateName)
    {
        ArgumentNullException.ThrowIfNull(stateName);
        return Math.Max(120, Math.Ceiling(stateName.Length * 7.8) + 28);
    }

    public static LaidOutScope Compute(GraphScope root)
    {
        ArgumentNullException.ThrowIfNull(root);
        return Place(Measure(root), 0, 0);
    }

    /// <summary>A scope laid out with its own top-left corner at (0, 0).</summary>
    private sealed record MeasuredScope(
        GraphScope Scope,
        double Width,
        double Height,
        IReadOnlyDictionary<string, LayoutBox> Boxes,
        IReadOnlyDictionary<GraphEdge, IReadOnlyList<LayoutPoint>> Routes,
        IReadOnlyDictionary<string, IReadOnlyList<MeasuredScope>> Children);

    private static MeasuredScope Measure(GraphScope scope)
    {
        var children = scope.Nodes.Where(node => node.IsContainer).ToDictionary(node => node.Id, node => (IReadOnlyList<MeasuredScope>)[.. node.Children.Select(Measure)], StringComparer.Ordinal);
        var sizes = scope.Nodes.ToDictionary(node => node.Id, node => SizeOf(node, children.GetValueOrDefault(node.Id)), StringComparer.Ordinal);
        if (scope.Nodes.Count == 0)
        {
            return new MeasuredScope(scope, 2 * Margin, 2 * Margin, new Dictionary<string, LayoutBox>(), new Dictionary<GraphEdge, IReadOnlyList<LayoutPoint>>(), children);
        }

        // Vertices are the nodes' indexes, not their ids: GraphShape keeps vertices in hash sets, and a string's hash
        // differs from one process to the next, an int's does not — so the same definition is drawn the same way every time.
        var index = scope.Nodes.Select((node, position) => (node.Id, position)).ToDictionary(pair => pair.Id, pair => pair.position, StringComparer.Ordinal);
        var graph = new BidirectionalGraph<Vertex, Link>(allowParallelEdges: true);
        var vertices = scope.Nodes.Select((_, position) => new Vertex(position)).ToArray();
        graph.AddVertexRange(vertices);
        graph.AddEdgeRange(scope.Edges.Where(edge => edge.From != edge.To).Select((edge, position) => new Link(vertices[index[edge.From]], vertices[index[edge.To]], edge, position)));

        var (positions, routes) = LayOut(graph, scope.Nodes.Select(node => sizes[node.Id]).ToArray());
        var centers = positions.ToDictionary(pair => scope.Nodes[pair.Key.Index].Id, pair => pair.Value, StringComparer.Ordinal);
        var boxes = centers.ToDictionary(
            pair => pair.Key,
            pair => new LayoutBox(pair.Value.X - sizes[pair.Key].Width / 2, pair.Value.Y - sizes[pair.Key].Height / 2, sizes[pair.Key].Width, sizes[pair.Key].Height),
            StringComparer.Ordinal);
        SeparateWithinLayers(boxes);

        // Moved so that the nodes and the bends of the edges start at (Margin, Margin).
        var points = routes.Values.SelectMany(route => route).ToList();
        var left = boxes.Values.Select(box => box.X).Concat(points.Select(point => point.X)).Min();
        var top = boxes.Values.Select(box => box.Y).Concat(points.Select(point => point.Y)).Min();
        var right = boxes.Values.Select(box => box.Right).Concat(points.Select(point => point.X)).Max();
        var bottom = boxes.Values.Select(box => box.Bottom).Concat(points.Select(point => point.Y)).Max();
        var (dx, dy) = (Margin - left, Margin - top);
        return new MeasuredScope(
            scope,
            right - left + 2 * Margin,
            bottom - top + 2 * Margin,
            boxes.ToDictionary(pair => pair.Key, pair => pair.Value.Offset(dx, dy), StringComparer.Ordinal),
            routes.ToDictionary(pair => pair.Key, pair => (IReadOnlyList<LayoutPoint>)[.. pair.Value.Select(point => point.Offset(dx, dy))]),
            children);
    }

    /// <summary>The narrowest of the <see cref="Attempts"/> that keeps every node apart, else the first (then <see cref="SeparateWithinLayers"/> parts them).</summary>
    private static (Dictionary<Vertex, Point> Centers, Dictionary<GraphEdge, List<LayoutPoint>> Routes) LayOut(
        BidirectionalGraph<Vertex, Link> graph, Size[] sizes)
    {
        var vertexSizes = graph.Vertices.ToDictionary(vertex => vertex, vertex => sizes[vertex.Index]);
        (Dictionary<Vertex, Point> Centers, Dictionary<GraphEdge, List<LayoutPoint>> Routes, double Width)? best = null;
        (Dictionary<Vertex, Point> Centers, Dictionary<GraphEdge, List<LayoutPoint>> Routes)? first = null;
        foreach (var (mode, seed) in Attempts)
        {
            if (best is not null && mode is 0 or 3 or 1)
            {
                break;
            }

            var algorithm = new SugiyamaLayoutAlgorithm<Vertex, Link, BidirectionalGraph<Vertex, Link>>(
                graph,
                vertexSizes,
                new SugiyamaLayoutParameters
                {
                    Direction = LayoutDirection.TopToBottom,
                    LayerGap = 56,
                    SliceGap = 28,
                    PositionMode = mode,
                    MinimizeEdgeLength = true,
                    EdgeRouting = SugiyamaEdgeRouting.Traditional,
                });
            // Its random number generator is seeded by the clock unless given one: fixed, so every run draws alike.
#pragma warning disable CA5394 // Not security: a fixed seed makes the layout reproducible.
            algorithm.Rand = new Random(seed);
#pragma warning restore CA5394
            algorithm.Compute();
            var centers = new Dictionary<Vertex, Point>(algorithm.VerticesPositions);
            var routes = algorithm.EdgeRoutes.ToDictionary(
                pair => pair.Key.Tag,
                pair => Oriented(pair.Value.Select(point => new LayoutPoint(point.X, point.Y)).ToList(), centers[pair.Key.Source], centers[pair.Key.Target]));
            first ??= (centers, routes);
            if (AnyOverlap(centers, sizes))
            {
                continue;
            }

            var width = centers.Max(pair => pair.Value.X + sizes[pair.Key.Index].Width / 2) - centers.Min(pair => pair.Value.X - sizes[pair.Key.Index].Width / 2);
            if (best is null || width < best.Value.Width)
            {
                best = (centers, routes, width);
            }
        }

        return best is { } chosen ? (chosen.Centers, chosen.Routes) : first!.Value;
    }

    /// <summary>An edge given to GraphShape, its hash its index among the scope's edges (see <see cref="Vertex"/>).</summary>
    private sealed class Link(Vertex source, Vertex target, GraphEdge tag, int index) : IEdge<Vertex>
    {
        public Vertex Source { get; } = source;

        public Vertex Target { get; } = target;

        public GraphEdge Tag { get; } = tag;

        public override bool Equals(object? obj) => ReferenceEquals(this, obj);

        public override int GetHashCode() => index;
    }

    /// <summary>A node given to GraphShape by its index in the scope; its hash is that index, the same in every process.</summary>
    private sealed class Vertex(int index) : IEquatable<Vertex>
    {
        public int Index { get; } = index;

        public bool Equals(Vertex? other) => other is not null && other.Index == Index;

        public override bool Equals(object? obj) => Equals(obj as Vertex);

        public override int GetHashCode() => Index;
    }

    /// <summary>GraphShape lists the bends of an edge it reversed to break a cycle from the target's end; the drawing wants them from the source.</summary>
    private static List<LayoutPoint> Oriented(List<LayoutPoint> route, Point source, Point target)
    {
        if (route.Count > 1 && Distance(route[0], source) + Distance(route[^1], target) > Distance(route[0], target) + Distance(route[^1], source))
        {
            route.Reverse();
        }

        return route;
    }

    private static double Distance(LayoutPoint point, Point other) => Math.Abs(point.X - other.X) + Math.Abs(point.Y - other.Y);

    private static bool AnyOverlap(Dictionary<Vertex, Point> centers, Size[] sizes)
    {
        var boxes = centers.Select(pair => new LayoutBox(pair.Value.X - sizes[pair.Key.Index].Width / 2, pair.Value.Y - sizes[pair.Key.Index].Height / 2, sizes[pair.Key.Index].Width, sizes[pair.Key.Index].Height)).ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                if (boxes[i].Overlaps(boxes[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The last guard when no alignment kept the nodes apart: nodes that overlap lie in one layer (one row), so each is
    /// pushed right of the one before it in that row. Changes nothing when nothing overlaps.
    /// </summary>
    private static void SeparateWithinLayers(Dictionary<string, LayoutBox> boxes)
    {
        foreach (var row in boxes.GroupBy(pair => Math.Round(pair.Value.Center.Y)).Select(group => group.OrderBy(pair => pair.Value.X).Select(pair => pair.Key).ToList()))
        {
            for (var index = 1; index < row.Count; index++)
            {
                var before = boxes[row[index - 1]];
                var box = boxes[row[index]];
                if (box.X < before.Right)
                {
                    boxes[row[index]] = box with { X = before.Right + BranchGap };
                }
            }
        }
    }

    private static Size SizeOf(GraphNode node, IReadOnlyList<MeasuredScope>? children)
    {
        if (node.IsMarker)
        {
            return new Size(MarkerWidth, MarkerHeight);
        }

        if (children is null)
        {
            return new Size(StateWidth(node.StateName!), StateHeight);
        }

        var innerWidth = children.Sum(child => child.Width) + BranchGap * (children.Count - 1);
        var innerHeight = children.Max(child => child.Height);
        return new Size(Math.Max(innerWidth, StateWidth(node.StateName!) + 40) + 2 * ContainerPadding, innerHeight + ContainerHeader + ContainerPadding);
    }

    private static LaidOutScope Place(MeasuredScope measured, double originX, double originY)
    {
        var boxes = measured.Boxes.ToDictionary(pair => pair.Key, pair => pair.Value.Offset(originX, originY), StringComparer.Ordinal);
        var nodes = measured.Scope.Nodes.Select(node =>
        {
            var box = boxes[node.Id];
            var children = new List<LaidOutScope>();
            if (measured.Children.TryGetValue(node.Id, out var inner))
            {
                // Centred under the title: the container may be wider than its branches (a long state name).
                var x = box.X + (box.Width - (inner.Sum(child => child.Width) + BranchGap * (inner.Count - 1))) / 2;
                foreach (var child in inner)
                {
                    children.Add(Place(child, x, box.Y + ContainerHeader));
                    x += child.Width + BranchGap;
                }
            }

            return new LaidOutNode(node, box, children);
        }).ToList();
        var offsets = StraightEdgeOffsets(measured.Scope.Edges, measured.Routes);
        var edges = measured.Scope.Edges.Select(edge => new LaidOutEdge(edge, EdgePoints(edge, boxes, measured.Routes.GetValueOrDefault(edge), originX, originY, offsets.GetValueOrDefault(edge)))).ToList();
        return new LaidOutScope(measured.Scope, new LayoutBox(originX, originY, measured.Width, measured.Height), nodes, edges);
    }

    /// <summary>
    /// Straight edges between the same two nodes (a poll loop's way there and back, a rule and the Default to the same
    /// state) would be drawn on one line: each is moved sideways, 10 units apart, across the line between the nodes.
    /// </summary>
    private static Dictionary<GraphEdge, double> StraightEdgeOffsets(IReadOnlyList<GraphEdge> edges, IReadOnlyDictionary<GraphEdge, IReadOnlyList<LayoutPoint>> routes)
    {
        var offsets = new Dictionary<GraphEdge, double>();
        var straight = edges.Where(edge => edge.From != edge.To && !routes.ContainsKey(edge));
        foreach (var pair in straight.GroupBy(edge => string.CompareOrdinal(edge.From, edge.To) < 0 ? (edge.From, edge.To) : (edge.To, edge.From)))
        {
            var shared = pair.ToList();
            for (var index = 0; index < shared.Count && shared.Count > 1; index++)
            {
                // Measured across the line from the pair's first node to its second, whichever way the edge goes.
                var offset = index * 10 - (shared.Count - 1) * 5.0;
                offsets[shared[index]] = shared[index].From == pair.Key.Item1 ? offset : -offset;
            }
        }

        return offsets;
    }

    private static List<LayoutPoint> EdgePoints(GraphEdge edge, Dictionary<string, LayoutBox> boxes, IReadOnlyList<LayoutPoint>? route, double dx, double dy, double offset)
    {
        var source = boxes[edge.From];
        var target = boxes[edge.To];
        if (edge.From == edge.To)
        {
            // A state that moves to itself: a loop on its right side.
            var y = source.Center.Y;
            return [new(source.Right, y - 8), new(source.Right + 24, y - 8), new(source.Right + 24, y + 8), new(source.Right, y + 8)];
        }

        if (route is null && offset != 0)
        {
            // Sideways, to the right of the direction of travel: the perpendicular of the line between the centres.
            var (cx, cy) = (target.Center.X - source.Center.X, target.Center.Y - source.Center.Y);
            var length = Math.Sqrt(cx * cx + cy * cy);
            var (px, py) = length == 0 ? (0.0, 0.0) : (-cy / length * offset, cx / length * offset);
            var from = source.Center.Offset(px, py);
            var to = target.Center.Offset(px, py);
            return [Border(source, to, from), Border(target, from, to)];
        }

        var bends = route?.Select(point => point.Offset(dx, dy)).ToList() ?? [];
        var first = bends.Count > 0 ? bends[0] : target.Center;
        var last = bends.Count > 0 ? bends[^1] : source.Center;
        return [Border(source, first), .. bends, Border(target, last)];
    }

    /// <summary>Where the segment from <paramref name="from"/> (the box's centre unless given) towards <paramref name="toward"/> leaves the box.</summary>
    private static LayoutPoint Border(LayoutBox box, LayoutPoint toward, LayoutPoint? from = null)
    {
        var center = from ?? box.Center;
        var (dx, dy) = (toward.X - center.X, toward.Y - center.Y);
        if (dx == 0 && dy == 0)
        {
            return center;
        }

        var scaleX = dx == 0 ? double.MaxValue : (dx > 0 ? box.Right - center.X : center.X - box.X) / Math.Abs(dx);
        var scaleY = dy == 0 ? double.MaxValue : (dy > 0 ? box.Bottom - center.Y : center.Y - box.Y) / Math.Abs(dy);
        var scale = Math.Max(0, Math.Min(scaleX, scaleY));
        return scale >= 1 ? toward : new LayoutPoint(center.X + dx * scale, center.Y + dy * scale);
    }
}
