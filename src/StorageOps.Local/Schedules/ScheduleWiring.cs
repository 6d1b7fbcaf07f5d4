using StorageOps.Local.Template;

namespace StorageOps.Local.Schedules;

/// <summary>
/// The template's <c>ScheduleV2</c> events as EventBridge Scheduler would run them, parameters at their defaults. Each way
/// one can be mis-wired (a name, expression or time zone that does not resolve or parse) is a problem.
/// </summary>
public static class ScheduleWiring
{
    public static IReadOnlyDictionary<string, WiredSchedule> Schedules(SamTemplate template, LocalAccount account, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(problems);
        var schedules = new Dictionary<string, WiredSchedule>(StringComparer.Ordinal);
        foreach (var schedule in template.Schedules)
        {
            var where = $"{schedule.TargetLogicalId} event {schedule.EventName}";
            var name = Name(schedule, account);
            var expression = Text(template, schedule.ScheduleExpression);
            var timeZone = schedule.ScheduleExpressionTimezone is null ? "UTC" : Text(template, schedule.ScheduleExpressionTimezone);
            if (expression is null)
            {
                problems.Add($"{where}: ScheduleExpression is neither a literal nor !Ref of a parameter with a Default.");
                continue;
            }

            if (timeZone is null)
            {
                problems.Add($"{where}: ScheduleExpressionTimezone is neither a literal nor !Ref of a parameter with a Default.");
                continue;
            }

            try
            {
                ScheduleExpression.Parse(expression);
                ScheduleExpression.TimeZone(timeZone);
            }
            catch (FormatException error)
            {
                problems.Add($"{where}: {error.Message}");
                continue;
            }

            var stateMachine = template.StateMachines.FirstOrDefault(candidate => candidate.LogicalId == schedule.TargetLogicalId);
            var wired = new WiredSchedule(name, stateMachine?.WorkflowName, stateMachine is null ? schedule.TargetLogicalId : null, expression, timeZone, schedule.Input ?? "{}");
            if (!schedules.TryAdd(name, wired))
            {
                problems.Add($"{where}: another schedule is also named '{name}'.");
            }
        }

        return schedules;
    }

    /// <summary>The schedule's Name without the stack's prefix (<c>${AWS::StackName}-nightly-snapshots</c> → <c>nightly-snapshots</c>); the event's key when it has none.</summary>
    private static string Name(SamSchedule schedule, LocalAccount account)
    {
        var name = schedule.Name switch
        {
            string literal => literal,
            Intrinsic { Function: "Fn::Sub", Argument: string pattern } => pattern.Replace("${AWS::StackName}", account.StackName, StringComparison.Ordinal),
            _ => schedule.EventName,
        };
        var prefix = $"{account.StackName}-";
        return name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;
    }

    private static string? Text(SamTemplate template, object? value) => value as string ?? TemplateWiring.ParameterValue(template, value);
}
