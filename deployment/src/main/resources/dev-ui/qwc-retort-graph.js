import { html, css } from 'qwc-hot-reload-element';
import { RetortPage } from './retort-page.js';
import { lanes, laneCell } from './retort-lanes.js';
import { selectedDataSource } from './retort-datasource.js';
import '@vaadin/button';

/**
 * The revision graph drawn newest first in lanes (as `git log --graph`), marking heads, branch and
 * merge points and where the database is; a click on a revision shows the SQL its upgrade runs.
 */
export class QwcRetortGraph extends RetortPage {

    static styles = [RetortPage.styles, css`
        table { border-collapse: collapse; margin-top: 1em; }
        td, th { padding: 0.25em 0.75em; text-align: left; }
        .current { font-weight: bold; background: var(--lumo-primary-color-10pct); }
        .tag { font-size: var(--lumo-font-size-xs); border: 1px solid var(--lumo-contrast-30pct); border-radius: 4px; padding: 0 0.3em; margin-right: 0.3em; }
        td.graph { padding: 0; line-height: 0; }
        tr.revision { cursor: pointer; }
        tr.revision:hover { background: var(--lumo-contrast-5pct); }
        .lanes .lane { stroke: var(--lumo-contrast-50pct); stroke-width: 2; }
        .lanes .dot { fill: var(--lumo-base-color); stroke: var(--lumo-contrast-70pct); stroke-width: 2; }
        .lanes .dot.head { stroke: var(--lumo-primary-color); }
        .lanes .dot.current { fill: var(--lumo-primary-color); stroke: var(--lumo-primary-color); }
        pre.sql { background: var(--lumo-contrast-5pct); padding: 0.5em; white-space: pre-wrap; margin: 0; }`];

    static properties = { ...RetortPage.properties, _sql: { state: true } };

    load(dataSource) {
        return this.jsonRpc.graph({ dataSource: dataSource });
    }

    page(view) {
        return html`
            ${view.error ? html`<div class="error">${view.error}</div>` : ''}
            <vaadin-button ?disabled=${this._busy || view.current.length === 0}
                @click=${() => this._downgradeOne()}>Downgrade one</vaadin-button>
            <vaadin-button @click=${() => this._stamp()}>Stamp…</vaadin-button>
            <vaadin-button title="After a deliberate edit of an applied revision: record what it says now"
                @click=${() => this._repair()}>Record edited checksums</vaadin-button>
            <vaadin-button title="Write one revision equivalent to a run of revisions, marked as replacing them"
                ?disabled=${this._busy} @click=${() => this._squash()}>Squash…</vaadin-button>
            ${this._renderOutcome()}
            <table>
                <tr><th></th><th>Revision</th><th>Parents</th><th>Message</th><th></th></tr>
                ${this._rows(view)}
            </table>`;
    }

    _rows(view) {
        const drawn = lanes(view.revisions);
        const width = Math.max(1, ...drawn.map(row => Math.max(row.above.length, row.below.length)));
        return view.revisions.map((revision, i) => html`
            <tr class="revision ${view.current.includes(revision.id) ? 'current' : ''}" @click=${() => this._showSql(revision.id)}>
                <td class="graph">${laneCell(drawn[i], width, view.current.includes(revision.id), view.heads.includes(revision.id))}</td>
                <td>${revision.id}</td>
                <td>${revision.parents.join(', ') || 'base'}</td>
                <td>${revision.message}</td>
                <td>${this._tags(view, revision)}</td>
            </tr>
            ${this._sql && this._sql.id === revision.id ? html`
                <tr><td></td><td colspan="4">${this._sql.error
                    ? html`<div class="error">${this._sql.error}</div>`
                    : html`<pre class="sql">${this._sql.statements.map(sql => sql + ';').join('\n')}</pre>`}</td></tr>` : ''}`);
    }

    _showSql(id) {
        if (this._sql && this._sql.id === id) {
            this._sql = null;
            return;
        }
        this.jsonRpc.revisionSql({ dataSource: selectedDataSource(), id: id }).then(response => this._sql = response.result);
    }

    _tags(view, revision) {
        const tags = [];
        if (view.current.includes(revision.id)) tags.push('current');
        if (view.heads.includes(revision.id)) tags.push('head');
        if (view.branchPoints.includes(revision.id)) tags.push('branch point');
        if (view.mergePoints.includes(revision.id)) tags.push('merge');
        revision.labels.forEach(label => tags.push(label));
        if (revision.replaces.length) tags.push(`squash of ${revision.replaces.length}`);
        return tags.map(tag => html`<span class="tag">${tag}</span>`);
    }

    _renderOutcome() {
        const outcome = this._outcome;
        if (!outcome) {
            return '';
        }
        if (outcome.replaced !== undefined) {
            const run = outcome.replaced;
            return outcome.ok
                ? html`<div class="ok">Wrote squash ${outcome.id} replacing ${run.length} revisions (${run[0]}..${run[run.length - 1]}):
                    ${outcome.file}. A new database applies it alone; keep the replaced revisions until every database is past them
                    (mvn retort:replaced).</div>`
                : html`<div class="error">Failed: ${outcome.error}</div>`;
        }
        if (outcome.repaired !== undefined) {
            return outcome.ok
                ? html`<div class="ok">${outcome.repaired.length ? `Recorded the current checksum of ${outcome.repaired.join(', ')}.`
                    : 'No applied revision was edited; nothing recorded.'}</div>`
                : html`<div class="error">Failed: ${outcome.error}</div>`;
        }
        const undone = outcome.applied.length ? `Undid ${outcome.applied.join(', ')}; ` : '';
        return outcome.ok
            ? html`<div class="ok">${undone}now at ${outcome.to.join(', ') || 'base'}.</div>`
            : html`<div class="error">Failed: ${outcome.error}</div>`;
    }

    _stamp() {
        const target = prompt('Stamp the database at which revision? Nothing runs: only the version rows change.', 'head');
        if (target === null) {
            return;
        }
        this.act(`Set the database's version to ${target} without running any revision?`,
            dataSource => this.jsonRpc.stamp({ dataSource: dataSource, target: target }));
    }

    _squash() {
        const run = prompt('Squash which run? "from..to" (revision ids), or leave empty for the whole line down from the head.', '');
        if (run === null) {
            return;
        }
        const [from, to] = run.includes('..') ? run.split('..') : ['', run];
        this.act(`Write one revision replacing ${run.trim() || 'the line down from the head'}? The replaced revisions stay until you delete them.`,
            dataSource => this.jsonRpc.squash({ dataSource: dataSource, from: from.trim(), to: to.trim() }));
    }

    _repair() {
        this.act('Record the current checksum of every applied revision edited since it was applied? Do it only after a deliberate edit.',
            dataSource => this.jsonRpc.repair({ dataSource: dataSource }));
    }

    _downgradeOne() {
        this.act(`Undo the newest applied revision (${this._view.current.join(', ')})? Its downgrade may drop data.`,
            dataSource => this.jsonRpc.downgradeOne({ dataSource: dataSource }));
    }
}
customElements.define('qwc-retort-graph', QwcRetortGraph);
