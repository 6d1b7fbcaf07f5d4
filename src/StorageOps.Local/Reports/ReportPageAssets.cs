namespace StorageOps.Local.Reports;

/// <summary>The style and script of a report page, inlined into it: the page loads nothing.</summary>
internal static class ReportPageAssets
{
    public const string Style = """
        :root { color-scheme: light; --border: #d1d5db; --muted: #5f6b7a; --accent: #0972d3; }
        * { box-sizing: border-box; }
        body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 14px; color: #16191f; background: #f2f3f3; }
        header { padding: 14px 20px; background: #232f3e; color: #ffffff; }
        header h1 { margin: 0 0 6px; font-size: 20px; font-weight: 600; }
        header .meta { display: flex; flex-wrap: wrap; gap: 6px 22px; font-size: 13px; color: #d5dbdb; }
        header .meta b { color: #ffffff; font-weight: 600; }
        .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; font-size: 12px; font-weight: 600; vertical-align: middle; }
        .badge.status-succeeded { background: #e9f7e6; color: #1d8102; }
        .badge.status-failed, .badge.status-timedout, .badge.status-aborted { background: #fdecea; color: #d91515; }
        .badge.status-caught { background: #fff3e0; color: #b35c00; }
        .badge.status-retried { background: #fdf8d8; color: #7a6100; }
        .badge.status-not-reached { background: #e9ebed; color: #5f6b7a; }
        .badge.status-definition { background: #e9ebed; color: #414d5c; }
        .failure { margin: 10px 20px 0; padding: 10px 14px; background: #fdecea; border: 1px solid #f5b7b1; border-radius: 6px; }
        .failure code { font-weight: 600; }
        .failure pre { margin: 6px 0 0; white-space: pre-wrap; word-break: break-word; font-size: 12px; }
        main { display: flex; gap: 14px; padding: 14px 20px; align-items: flex-start; }
        .panel { background: #ffffff; border: 1px solid var(--border); border-radius: 8px; }
        #graph-panel { flex: 1 1 auto; min-width: 0; }
        .toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 8px 16px; padding: 8px 12px; border-bottom: 1px solid var(--border); }
        .legend { display: flex; flex-wrap: wrap; gap: 6px 14px; margin: 0; padding: 0; list-style: none; font-size: 12px; }
        .legend li { display: flex; align-items: center; gap: 5px; }
        .swatch { width: 14px; height: 14px; border-radius: 3px; border: 2px solid; display: inline-block; }
        .swatch.status-succeeded { background: #e9f7e6; border-color: #1d8102; }
        .swatch.status-failed { background: #fdecea; border-color: #d91515; }
        .swatch.status-caught { background: #fff3e0; border-color: #ec7211; }
        .swatch.status-retried { background: #fdf8d8; border-color: #a88400; }
        .swatch.status-not-reached { background: #f4f4f4; border-color: #aab7b8; border-style: dashed; }
        .swatch.edge-catch { height: 0; width: 22px; border-radius: 0; border-width: 2px 0 0; border-style: dashed; border-color: #d91515; }
        .zoom { margin-left: auto; display: flex; gap: 4px; }
        .zoom button { font: inherit; font-size: 12px; padding: 2px 9px; border: 1px solid var(--border); border-radius: 4px; background: #ffffff; cursor: pointer; }
        #graph { overflow: auto; max-height: 78vh; padding: 8px; }
        #graph svg { display: block; margin: 0 auto; }
        #details { flex: 0 0 420px; max-height: 86vh; overflow: auto; padding: 12px 16px; }
        #details h2 { margin: 0 0 4px; font-size: 16px; word-break: break-all; }
        #details h3 { margin: 14px 0 4px; font-size: 13px; }
        #details .hint { color: var(--muted); }
        #details .visit { border-top: 1px solid var(--border); margin-top: 10px; padding-top: 8px; }
        #details .when { color: var(--muted); font-size: 12px; }
        pre.json { margin: 0; padding: 8px; background: #f8f9fa; border: 1px solid #e9ebed; border-radius: 4px; font-size: 12px; white-space: pre-wrap; word-break: break-word; max-height: 320px; overflow: auto; }
        .failures { margin: 6px 0 0; padding-left: 18px; color: #b0170f; font-size: 12px; word-break: break-word; }
        #events-panel { margin: 0 20px 20px; }
        #events-panel h2 { margin: 0; padding: 10px 12px; font-size: 15px; border-bottom: 1px solid var(--border); }
        table { width: 100%; border-collapse: collapse; font-size: 12px; }
        th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #e9ebed; vertical-align: top; }
        th { background: #f8f9fa; font-weight: 600; position: sticky; top: 0; }
        td.num, th.num { text-align: right; white-space: nowrap; }
        td.time { white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr[data-state] { cursor: pointer; }
        tr[data-state]:hover { background: #f1f8ff; }
        tr.failed-event td { background: #fff5f4; }
        tr.selected-event td { background: #e8f2fd; }
        td.error { color: #b0170f; word-break: break-word; max-width: 560px; }
        td.error details summary { cursor: pointer; }
        header nav.parent { margin-bottom: 4px; font-size: 13px; color: #d5dbdb; }
        header nav.parent a { color: #89bdee; }
        #child-executions-panel { margin: 0 20px 14px; }
        #child-executions-panel h2 { margin: 0; padding: 10px 12px; font-size: 15px; border-bottom: 1px solid var(--border); }
        #child-executions-panel .map-run { padding: 8px 12px; }
        #child-executions-panel h3 { margin: 0 0 4px; font-size: 14px; }
        #child-executions-panel .when, #child-executions-panel .hint { color: var(--muted); font-size: 12px; word-break: break-all; }
        table.children { margin-top: 6px; max-width: 1100px; }
        """;

    public const string Script = """
        (function () {
          'use strict';
          var data = JSON.parse(document.getElementById('report-data').textContent);
          var details = document.getElementById('details');
          var svg = document.querySelector('#graph svg');

          function el(tag, className, text) {
            var node = document.createElement(tag);
            if (className) node.className = className;
            if (text !== undefined && text !== null) node.textContent = text;
            return node;
          }

          function payload(label, className, text) {
            var section = el('div', className);
            section.appendChild(el('h3', null, label));
            section.appendChild(el('pre', 'json ' + className + '-json', text === null || text === undefined ? '(none: the state did not exit)' : text));
            return section;
          }

          function select(name) {
            var state = data.states[name];
            document.querySelectorAll('.state-machine-graph .selected').forEach(function (node) { node.classList.remove('selected'); });
            document.querySelectorAll('tr.selected-event').forEach(function (row) { row.classList.remove('selected-event'); });
            document.querySelectorAll('.state-machine-graph [data-state]').forEach(function (node) {
              if (node.getAttribute('data-state') === name) node.classList.add('selected');
            });
            document.querySelectorAll('tr[data-state]').forEach(function (row) {
              if (row.getAttribute('data-state') === name) row.classList.add('selected-event');
            });
            details.textContent = '';
            details.setAttribute('data-selected', name);
            details.appendChild(el('h2', null, name));
            var line = el('div');
            line.appendChild(el('span', null, (state ? state.type : '') + ' '));
            if (state && state.status) line.appendChild(el('span', 'badge status-' + state.status, state.statusWords));
            else if (state && state.statusWords) line.appendChild(el('span', 'hint', state.statusWords));
            details.appendChild(line);
            if (!state) return;
            if (data.execution && state.visits.length === 0 && state.status && !state.inChildren) {
              details.appendChild(el('p', 'hint', 'This execution did not reach this state.'));
            }
            state.visits.forEach(function (visit, index) {
              var section = el('section', 'visit');
              section.appendChild(el('div', 'when', (state.visits.length > 1 ? 'Visit ' + (index + 1) + ' of ' + state.visitCount + ' · ' : '') +
                'entered ' + visit.entered + (visit.exited ? ' · exited ' + visit.exited : ' · did not exit') +
                (visit.duration ? ' · ' + visit.duration : '') + (visit.attempts > 1 ? ' · ' + visit.attempts + ' attempts' : '')));
              if (visit.failures.length > 0) {
                var list = el('ul', 'failures');
                visit.failures.forEach(function (failure) {
                  list.appendChild(el('li', null, failure.at + ' ' + (failure.error || '(no error name)') + (failure.cause ? ': ' + failure.cause : '')));
                });
                section.appendChild(list);
              }
              section.appendChild(payload('Input', 'input', visit.input));
              section.appendChild(payload('Output', 'output', visit.output));
              details.appendChild(section);
            });
            if (state.visitCount > state.visits.length) {
              details.appendChild(el('p', 'hint', 'The first ' + state.visits.length + ' of ' + state.visitCount + ' visits are shown.'));
            }
            (state.mapRuns || []).forEach(function (mapRun) {
              var line = el('p', 'map-run-summary');
              line.appendChild(el('span', 'badge status-' + mapRun.status.toLowerCase(), 'Map Run ' + mapRun.status));
              line.appendChild(el('span', null, ' ' + mapRun.summary + ' · '));
              var link = el('a', null, 'list of child executions');
              link.href = '#' + mapRun.anchor;
              line.appendChild(link);
              details.appendChild(line);
            });
            if (state.definition) {
              var definition = el('details', 'definition');
              definition.appendChild(el('summary', null, 'Definition'));
              definition.appendChild(el('pre', 'json', state.definition));
              details.appendChild(definition);
            }
          }

          document.addEventListener('click', function (event) {
            var target = event.target.closest('[data-state]');
            if (target) select(target.getAttribute('data-state'));
          });
          document.addEventListener('keydown', function (event) {
            if ((event.key === 'Enter' || event.key === ' ') && event.target.closest && event.target.closest('svg [data-state]')) {
              event.preventDefault();
              select(event.target.closest('[data-state]').getAttribute('data-state'));
            }
          });

          var width = parseFloat(svg.getAttribute('width'));
          var height = parseFloat(svg.getAttribute('height'));
          var scale = 1;
          function zoom(factor) {
            scale = factor === 0 ? Math.min(1, (document.getElementById('graph').clientWidth - 20) / width) : Math.max(0.2, Math.min(3, scale * factor));
            svg.setAttribute('width', String(width * scale));
            svg.setAttribute('height', String(height * scale));
          }
          document.querySelectorAll('[data-zoom]').forEach(function (button) {
            button.addEventListener('click', function () { zoom(parseFloat(button.getAttribute('data-zoom'))); });
          });
          if (data.failedState) {
            select(data.failedState);
            var failed = svg.querySelector('.selected');
            if (failed && failed.scrollIntoView) failed.scrollIntoView({ block: 'center', inline: 'center' });
          }
        })();
        """;
}
