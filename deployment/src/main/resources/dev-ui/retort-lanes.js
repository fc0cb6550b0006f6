import { svg } from 'lit';

/**
 * Lanes for a revision graph listed newest first, as `git log --graph` draws them: each revision
 * sits in a lane, a line runs down from it to each of its parents, branches open new lanes and
 * merges close them. `lanes(revisions)` returns, per row, the lanes above and below the row, the
 * revision's own lane, the lanes that end in it (children converging) and the lanes of its parents.
 */
export function lanes(revisions) {
    const open = [];
    return revisions.map(revision => {
        let column = open.indexOf(revision.id);
        if (column < 0) {
            column = freeLane(open);
        }
        const above = open.slice();
        const joining = above.map((id, i) => (id === revision.id && i !== column ? i : -1)).filter(i => i >= 0);
        joining.forEach(i => { open[i] = null; });
        const parents = [];
        revision.parents.forEach((parent, n) => {
            const waiting = open.indexOf(parent);
            if (n === 0 && waiting < 0) {
                open[column] = parent;
                parents.push(column);
            } else if (waiting >= 0) {
                if (n === 0) {
                    open[column] = null;
                }
                parents.push(waiting);
            } else {
                const lane = freeLane(open);
                open[lane] = parent;
                parents.push(lane);
            }
        });
        if (revision.parents.length === 0) {
            open[column] = null;
        }
        return { column, above, below: open.slice(), joining, parents };
    });
}

function freeLane(open) {
    const free = open.indexOf(null);
    if (free >= 0) {
        return free;
    }
    open.push(null);
    return open.length - 1;
}

const LANE = 16;
const ROW = 32;

/** One row's drawing: lanes passing by, lines from children above and to parents below, the revision's dot. */
export function laneCell(row, width, current, head) {
    const x = lane => LANE / 2 + lane * LANE;
    const middle = ROW / 2;
    const lines = [];
    row.above.forEach((id, lane) => {
        if (id !== null && lane !== row.column && !row.joining.includes(lane)) {
            lines.push(svg`<line x1=${x(lane)} y1="0" x2=${x(lane)} y2=${ROW} class="lane"></line>`);
        }
    });
    if (row.above[row.column] !== null && row.above[row.column] !== undefined) {
        lines.push(svg`<line x1=${x(row.column)} y1="0" x2=${x(row.column)} y2=${middle} class="lane"></line>`);
    }
    row.joining.forEach(lane => lines.push(svg`<line x1=${x(lane)} y1="0" x2=${x(row.column)} y2=${middle} class="lane"></line>`));
    row.parents.forEach(lane => lines.push(svg`<line x1=${x(row.column)} y1=${middle} x2=${x(lane)} y2=${ROW} class="lane"></line>`));
    const dot = svg`<circle cx=${x(row.column)} cy=${middle} r=${head ? 6 : 5}
        class=${current ? 'dot current' : head ? 'dot head' : 'dot'}></circle>`;
    return svg`<svg width=${width * LANE} height=${ROW} class="lanes">${lines}${dot}</svg>`;
}
