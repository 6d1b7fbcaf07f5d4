namespace StorageOps.Local.Schedules;

/// <summary>
/// One field of a cron expression as the set of values it allows: <c>*</c>, <c>5</c>, <c>1-5</c>, <c>0/15</c>,
/// <c>MON-FRI</c>, lists of these with commas.
/// </summary>
internal sealed class CronField
{
    private readonly bool[] allowed;

    private CronField(int minimum, bool[] allowed)
    {
        Minimum = minimum;
        this.allowed = allowed;
    }

    public int Minimum { get; }

    public int Maximum => Minimum + allowed.Length - 1;

    public bool Contains(int value) => value >= Minimum && value <= Maximum && allowed[value - Minimum];

    public IEnumerable<int> Values => Enumerable.Range(Minimum, allowed.Length).Where(Contains);

    public static CronField Parse(string text, string field, int minimum, int maximum, IReadOnlyList<string>? names = null)
    {
        var allowed = new bool[maximum - minimum + 1];
        foreach (var part in text.Split(','))
        {
            var (range, step) = part.Split('/') switch
            {
                [var only] => (only, 1),
                [var from, var every] => (from, ScheduleExpression.Number(every, field)),
                _ => throw new FormatException($"{field}: '{part}' has more than one '/'."),
            };
            if (step < 1)
            {
                throw new FormatException($"{field}: the increment in '{part}' must be at least 1.");
            }

            var (first, last) = range switch
            {
                "*" => (minimum, maximum),
                _ when range.Split('-') is [var from, var to] => (Value(from, field, minimum, maximum, names), Value(to, field, minimum, maximum, names)),
                // "5/10" means from 5 to the end of the range, every 10.
                _ => (Value(range, field, minimum, maximum, names), part.Contains('/', StringComparison.Ordinal) ? maximum : Value(range, field, minimum, maximum, names)),
            };
            if (first > last)
            {
                throw new FormatException($"{field}: the range '{range}' ends before it starts.");
            }

            for (var value = first; value <= last; value += step)
            {
                allowed[value - minimum] = true;
            }
        }

        return new CronField(minimum, allowed);
    }

    public static int Value(string text, string field, int minimum, int maximum, IReadOnlyList<string>? names)
    {
        var index = names is null ? -1 : names.ToList().FindIndex(name => string.Equals(name, text, StringComparison.OrdinalIgnoreCase));
        var value = index >= 0 ? minimum + index : ScheduleExpression.Number(text, field);
        return value >= minimum && value <= maximum
            ? value
            : throw new FormatException($"{field}: {value} is outside {minimum}-{maximum}.");
    }
}
