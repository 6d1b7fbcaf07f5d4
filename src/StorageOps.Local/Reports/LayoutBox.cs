namespace StorageOps.Local.Reports;

/// <summary>A rectangle of the drawing, in SVG user units (pixels at zoom 1): top-left corner and size.</summary>
public readonly record struct LayoutBox(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public LayoutPoint Center => new(X + Width / 2, Y + Height / 2);

    public bool Overlaps(LayoutBox other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Contains(LayoutBox other) => other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;

    public LayoutBox Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}
