namespace StorageOps.Local.Reports;

/// <summary>A point of the drawing, in SVG user units.</summary>
public readonly record struct LayoutPoint(double X, double Y)
{
    public LayoutPoint Offset(double dx, double dy) => new(X + dx, Y + dy);
}
