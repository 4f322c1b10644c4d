// eventwire explorer: one page, views chosen by the URL hash, data from the JSON API.
// Article text is untrusted: it is only ever set as text (textContent, text nodes), never
// parsed as HTML, so a <script> or <img onerror> in an article shows as the words it is.
"use strict";

const FILTERS = ["actor", "country", "root", "plover", "since", "until", "outlet", "q"];
const QUAD_COLOURS = {
  "verbal cooperation": "#7fbf7b", "material cooperation": "#1b7837",
  "verbal conflict": "#f4a582", "material conflict": "#b2182b",
};
const SVG_NS = "http://www.w3.org/2000/svg";
let META = null;
let WORLD = null;

// -- building the page -------------------------------------------------------------------
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

function setAttrs(el, attrs) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, String(value));
  }
}

function link(text, hash, attrs) {
  return h("a", Object.assign({ href: hash }, attrs || {}), text);
}

function usd(value) {
  if (value === null || value === undefined) return "";
  for (const [size, word] of [[1e12, "trillion"], [1e9, "billion"], [1e6, "million"]]) {
    if (Math.abs(value) >= size) return `$${+(value / size).toPrecision(4)} ${word}`;
  }
  return `$${Math.round(value).toLocaleString("en-US")}`;
}

// -- routing -------------------------------------------------------------------------------
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query] = raw.split("?", 2);
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { view: parts[0] || "events", arg: parts.slice(1).join("/"),
           params: new URLSearchParams(query || "") };
}

function go(view, params, arg) {
  const q = params.toString();
  location.hash = `#/${view}${arg ? "/" + encodeURIComponent(arg) : ""}${q ? "?" + q : ""}`;
}

function filterParams(params) {
  const out = new URLSearchParams();
  for (const name of [...FILTERS, "dyad", "record"]) {
    const value = params.get(name);
    if (value) out.set(name, value);
  }
  return out;
}

async function api(path, params) {
  const url = params && params.toString() ? `${path}?${params}` : path;
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail ? JSON.stringify(body.detail) : response.status);
  return body;
}

const VIEWS = {
  events: showEvents, timeline: showTimeline, network: showNetwork, map: showMap,
  actor: showActor, record: showRecord, event: showEvent,
};

async function render() {
  const { view, arg, params } = parseHash();
  document.querySelectorAll("nav a[data-view]").forEach((a) => {
    a.classList.toggle("active", a.dataset.view === view);
  });
  const form = document.getElementById("filters");
  form.hidden = !["events", "timeline", "network", "map"].includes(view);
  for (const name of FILTERS) form.elements[name].value = params.get(name) || "";
  const main = document.getElementById("view");
  main.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  main.dataset.view = view;
  delete main.dataset.ready;
  try {
    await (VIEWS[view] || showEvents)(main, params, arg);
    main.dataset.ready = view;
  } catch (err) {
    main.replaceChildren(h("p", { class: "error" }, `Could not load: ${err.message}`));
    main.dataset.ready = "error";
    console.error(err);
  }
}

// -- events --------------------------------------------------------------------------------
async function showEvents(main, params) {
  const query = filterParams(params);
  for (const name of ["sort", "order", "page"]) if (params.get(name)) query.set(name, params.get(name));
  const data = await api("/api/events", query);
  const sortBy = (column) => () => {
    const next = new URLSearchParams(query);
    next.set("sort", column);
    next.set("order", data.sort === column && data.order === "desc" ? "asc" : "desc");
    next.delete("page");
    go("events", next);
  };
  const header = (label, column) => h("th", column ? {
    class: "sortable" + (data.sort === column ? ` sorted-${data.order}` : ""),
    onclick: sortBy(column), title: "sort" } : {}, label);
  const rows = data.rows.map((r) => h("tr", {},
    h("td", { class: "date" }, r.date + (r.date_assumed ? "*" : "")),
    h("td", {}, h("span", { class: "code", title: r.event_name || "" }, r.code), " ",
      r.event_name || ""),
    h("td", {}, actorLink(r.source, r.source_name)),
    h("td", {}, actorLink(r.target, r.target_name)),
    h("td", {}, r.place || ""),
    h("td", { class: "num" }, usd(r.amount_usd)),
    h("td", {}, r.outlet || ""),
    h("td", { class: "evidence" }, r.sentence, " ",
      link("evidence →", r.record_id ? `#/record/${encodeURIComponent(r.record_id)}?event=${encodeURIComponent(r.event_id)}`
        : `#/event/${encodeURIComponent(r.event_id)}`, { class: "evidence-link" }))));
  const pages = Math.max(1, Math.ceil(data.total / data.page_size));
  const pageLink = (n, label) => {
    const next = new URLSearchParams(query);
    next.set("page", n);
    return n >= 1 && n <= pages && n !== data.page ? link(label, `#/events?${next}`) : h("span", {}, label);
  };
  main.replaceChildren(
    h("p", { class: "count" }, `${data.total} events`,
      data.rows.some((r) => r.date_assumed) ? " (* date taken from the publication date)" : ""),
    h("table", { class: "events" },
      h("thead", {}, h("tr", {}, header("date", "date"), header("event", "code"),
        header("source", "source"), header("target", "target"), header("place", "place"),
        header("USD"), header("outlet", "outlet"), header("evidence"))),
      h("tbody", {}, rows)),
    h("p", { class: "pager" }, pageLink(data.page - 1, "← previous"), ` page ${data.page} of ${pages} `,
      pageLink(data.page + 1, "next →")));
}

function actorLink(code, name) {
  const target = name || code;
  return h("span", { class: "actor" }, link(code, `#/actor/${encodeURIComponent(code)}`),
    name ? h("span", { class: "name" }, " ", link(name, `#/actor/${encodeURIComponent(target)}`)) : null);
}

// -- timeline ------------------------------------------------------------------------------
async function showTimeline(main, params) {
  const data = await api("/api/timeline", filterParams(params));
  if (!data.buckets.length) {
    main.replaceChildren(h("p", {}, "No dated events match."));
    return;
  }
  const width = Math.max(600, data.buckets.length * 28), height = 260, pad = 30;
  const max = Math.max(...data.buckets.map((b) => b.total));
  const barW = (width - pad) / data.buckets.length;
  const chart = s("svg", { viewBox: `0 0 ${width} ${height + 40}`, class: "timeline", role: "img" });
  data.buckets.forEach((b, i) => {
    let y = height;
    const bar = s("g", { class: "bar", "data-period": b.period, tabindex: 0 });
    bar.addEventListener("click", () => {
      const next = filterParams(params);
      next.set("since", b.period);
      next.set("until", b.period);
      go("events", next);
    });
    for (const type of data.types) {
      const n = b.by_type[type] || 0;
      if (!n) continue;
      const barH = (n / max) * (height - pad);
      y -= barH;
      bar.append(s("rect", { x: pad + i * barW + 2, y, width: barW - 4, height: barH,
                             fill: QUAD_COLOURS[type] }, s("title", {}, `${b.period}: ${n} ${type}`)));
    }
    bar.append(s("text", { x: pad + i * barW + barW / 2, y: height + 14, "text-anchor": "middle",
                           class: "tick" }, b.period.slice(2)));
    chart.append(bar);
  });
  chart.append(s("text", { x: 0, y: pad - 8, class: "tick" }, String(max)));
  main.replaceChildren(
    h("p", {}, "Events per month by type. Click a month to list its events.",
      data.year_only ? ` ${data.year_only} events dated only to a year are not shown.` : ""),
    legend(data.types.map((t) => [t, QUAD_COLOURS[t]])), chart);
}

function legend(items) {
  return h("p", { class: "legend" }, items.map(([label, colour]) => {
    const swatch = h("span", { class: "swatch" });
    swatch.style.background = colour;  // CSSOM, allowed by the page's CSP
    return h("span", {}, swatch, label);
  }));
}

// -- network -------------------------------------------------------------------------------
function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, g / 10));
  const [r, gr, b] = t < 0 ? [178, 24 + (1 + t) * 150, 43 + (1 + t) * 100]
    : [178 - t * 151, 174 - t * 54, 143 - t * 88];
  return `rgb(${Math.round(r)},${Math.round(gr)},${Math.round(b)})`;
}

async function showNetwork(main, params) {
  const data = await api("/api/network", filterParams(params));
  const nodes = data.nodes.slice(0, 60);
  const keep = new Set(nodes.map((n) => n.id));
  const size = 640, c = size / 2, radius = size / 2 - 60;
  const pos = {};
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    pos[n.id] = [c + radius * Math.cos(a), c + radius * Math.sin(a)];
  });
  const maxEdge = Math.max(1, ...data.edges.map((e) => e.count));
  const maxNode = Math.max(1, ...nodes.map((n) => n.count));
  const graph = s("svg", { viewBox: `0 0 ${size} ${size}`, class: "network", role: "img" });
  const list = h("div", { id: "edge-events" }, h("p", {}, "Click an edge to list its events."));
  for (const e of data.edges.filter((e) => keep.has(e.source) && keep.has(e.target))) {
    const [x1, y1] = pos[e.source], [x2, y2] = pos[e.target];
    const line = s("line", { x1, y1, x2, y2, class: "edge", "data-dyad": `${e.source},${e.target}`,
      stroke: goldsteinColour(e.goldstein), "stroke-width": 1.5 + 6 * Math.sqrt(e.count / maxEdge) },
      s("title", {}, `${e.source} – ${e.target}: ${e.count} events, mean Goldstein ${e.goldstein}`));
    line.addEventListener("click", () => showEdge(list, params, e));
    graph.append(line);
  }
  for (const n of nodes) {
    const [x, y] = pos[n.id];
    const node = s("g", { class: "node" },
      s("circle", { cx: x, cy: y, r: 6 + 14 * Math.sqrt(n.count / maxNode) },
        s("title", {}, `${n.id}: ${n.count} events`)),
      s("text", { x, y: y - 10 - 14 * Math.sqrt(n.count / maxNode), "text-anchor": "middle" }, n.id));
    node.addEventListener("click", () => go("actor", new URLSearchParams(), n.id));
    graph.append(node);
  }
  main.replaceChildren(
    h("p", {}, "Countries by events; edges by number of events between them, coloured by mean Goldstein (red: conflict, green: cooperation)."),
    h("div", { class: "network-wrap" }, graph, list));
}

async function showEdge(list, params, edge) {
  const query = filterParams(params);
  query.set("dyad", `${edge.source},${edge.target}`);
  query.set("page_size", "50");
  const data = await api("/api/events", query);
  list.replaceChildren(h("h3", {}, `${edge.source} – ${edge.target}: ${data.total} events`),
    h("ul", { class: "edge-list" }, data.rows.map((r) => h("li", {},
      h("span", { class: "date" }, r.date), " ", h("span", { class: "code" }, r.code), " ",
      `${r.source} → ${r.target}: `, r.sentence, " ",
      r.record_id ? link("evidence →", `#/record/${encodeURIComponent(r.record_id)}?event=${encodeURIComponent(r.event_id)}`) : null))));
}

// -- map -----------------------------------------------------------------------------------
async function showMap(main, params) {
  if (!WORLD) WORLD = await api("/static/world.geo.json");
  const data = await api("/api/map", filterParams(params));
  const width = 960, height = 480;
  const x = (lon) => ((lon + 180) / 360) * width, y = (lat) => ((90 - lat) / 180) * height;
  const max = Math.max(1, ...Object.values(data.countries));
  const shade = (n) => (n ? `rgba(33,102,172,${0.15 + 0.85 * Math.log(1 + n) / Math.log(1 + max)})` : "#eee");
  const chart = s("svg", { viewBox: `0 0 ${width} ${height}`, class: "map", role: "img" });
  for (const f of WORLD.features) {
    const d = f.geometry.coordinates.map((poly) => poly.map((ring) =>
      "M" + ring.map(([lon, lat]) => `${x(lon).toFixed(1)},${y(lat).toFixed(1)}`).join("L") + "Z").join("")).join("");
    const n = data.countries[f.id] || 0;
    const path = s("path", { d, fill: shade(n), class: "country", "data-country": f.id || "" },
      s("title", {}, `${f.properties.name}: ${n} events`));
    if (f.id) path.addEventListener("click", () => {
      const next = filterParams(params);
      next.set("country", f.id);
      go("events", next);
    });
    chart.append(path);
  }
  const maxPlace = Math.max(1, ...data.places.map((p) => p.n));
  for (const p of data.places) {
    chart.append(s("circle", { cx: x(p.lon), cy: y(p.lat), r: 2 + 6 * Math.sqrt(p.n / maxPlace), class: "place" },
      s("title", {}, `${p.name}: ${p.n} events`)));
  }
  main.replaceChildren(
    h("p", {}, `Countries shaded by events (as source or target); points are the places events happened. Click a country to list its events.`),
    chart);
}

// -- actors --------------------------------------------------------------------------------
async function showActor(main, params, arg) {
  if (!arg) {
    const search = h("input", { name: "actor-search", placeholder: "a name or a code", value: params.get("q") || "" });
    const results = h("ul", { class: "actor-list" });
    const load = async () => {
      const found = await api("/api/actors", new URLSearchParams({ q: search.value, limit: "40" }));
      results.replaceChildren(...found.map((a) => h("li", {},
        link(a.name || a.code, `#/actor/${encodeURIComponent(a.name || a.code)}`), ` ${a.code} · ${a.n} events`)));
    };
    search.addEventListener("input", load);
    main.replaceChildren(h("h2", {}, "Actors"), search, results);
    await load();
    return;
  }
  const p = await api("/api/profile", new URLSearchParams({ actor: arg }));
  const section = (title, rows, counterpart) => h("section", { class: "profile-part" },
    h("h3", {}, `${title} (${rows ? rows.length : 0})`),
    rows && rows.length ? h("ul", {}, rows.map((r) => h("li", {},
      h("span", { class: "date" }, r.date), " ",
      h("span", { class: "code", title: r.event_name }, r.code), " ",
      counterpart(r), r.place ? ` in ${r.place}` : "", r.amount_usd ? ` — ${usd(r.amount_usd)}` : "",
      " ", h("span", { class: "sources" }, "(",
        r.sources.map((src, i) => [i ? "; " : "", link(src.outlet || src.doc_id,
          `#/record/${encodeURIComponent(r.record_id)}`, { title: src.sentence })]), ")"))))
      : h("p", { class: "none" }, "none recorded"));
  const other = (r) => r.source.startsWith(arg) || r.source_name === arg
    ? `→ ${r.target_name || r.target}` : `← ${r.source_name || r.source}`;
  main.replaceChildren(
    h("h2", {}, p.actor),
    h("p", {}, `${p.events || 0} events, first seen ${p.first_seen || "—"}, last seen ${p.last_seen || "—"}. `,
      link("list them", `#/events?actor=${encodeURIComponent(arg)}`)),
    section("Visits made", p.visits_made, (r) => r.code.startsWith("043")
      ? `hosted by ${r.source_name || r.source}` : `to ${r.target_name || r.target}`),
    section("Visits received", p.visits_received, (r) => r.code.startsWith("043")
      ? `hosting ${r.target_name || r.target}` : `from ${r.source_name || r.source}`),
    section("Agreements", p.agreements, other),
    section("Aid given", p.aid_given, (r) => `to ${r.target_name || r.target}`),
    section("Aid received", p.aid_received, (r) => `from ${r.source_name || r.source}`),
    h("section", { class: "profile-part" }, h("h3", {}, "Counterparts"),
      h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "counterpart"), h("th", {}, "records"),
        h("th", {}, "reports"), h("th", {}, "first"), h("th", {}, "last"))),
        h("tbody", {}, (p.counterparts || []).map((c) => h("tr", {},
          h("td", {}, link(c.counterpart, `#/actor/${encodeURIComponent(c.counterpart)}`)),
          h("td", { class: "num" }, c.records), h("td", { class: "num" }, c.reports),
          h("td", {}, c.first), h("td", {}, c.last)))))));
}

// -- one record, one event -----------------------------------------------------------------
async function showRecord(main, params, recordId) {
  const r = await api(`/api/records/${encodeURIComponent(recordId)}`);
  const chosen = params.get("event");
  const conflicts = r.conflicts.length ? h("section", { class: "conflicts" },
    h("h3", {}, `Where the reports disagree (${r.conflicts.length})`),
    r.conflicts.map((c) => h("div", { class: "conflict" }, h("h4", {}, c.field),
      h("ul", {}, Object.entries(c.values).map(([doc, value]) => h("li", {},
        h("strong", {}, value), ` — ${outletOf(r, doc)}: `, h("q", {}, c.sentences[doc])))))))
    : h("p", { class: "none" }, "The reports agree.");
  const reports = r.members.map((m) => {
    const doc = r.documents[m.doc_id] || {};
    const text = doc.text || m.sentence;
    const start = doc.text ? m.char_start : 0, end = doc.text ? m.char_end : text.length;
    const context = Math.max(0, start - 600), tail = Math.min(text.length, end + 600);
    return h("article", { class: "report" + (m.event_id === chosen ? " chosen" : ""), id: `m-${m.event_id}` },
      h("h4", {}, `${m.outlet || "unknown outlet"}, ${m.published || ""}: `, doc.title || m.doc_id),
      h("p", { class: "meta" }, `${m.code} ${m.source} → ${m.target}, ${m.date}${m.date_assumed ? " (publication date)" : ""}`,
        m.place ? `, ${m.place}` : "", m.amount_usd ? `, ${usd(m.amount_usd)}` : "", doc.url ? " · " : "",
        /^https?:\/\//i.test(doc.url || "") ? h("a", { href: doc.url, rel: "noopener noreferrer", target: "_blank" }, "source") : null),
      h("p", { class: "text" }, context ? "…" : "", text.slice(context, start),
        h("mark", {}, text.slice(start, end)), text.slice(end, tail), tail < text.length ? "…" : ""));
  });
  main.replaceChildren(
    h("h2", {}, `${r.event_name} (${r.code}): ${r.source_name || r.source} → ${r.target_name || r.target}`),
    h("p", { class: "record-facts" }, `${r.date}${r.date_assumed ? " (publication date)" : ""}`,
      r.place ? ` · ${r.place}` : "", r.amount_usd ? ` · ${usd(r.amount_usd)}` : "",
      ` · ${r.n_documents} documents from ${r.n_outlets} outlets · first reported ${r.first_reported || "—"}`),
    conflicts, h("h3", {}, `Reports (${r.members.length})`), ...reports);
  if (chosen) {
    const el = document.getElementById(`m-${chosen}`);
    if (el) el.scrollIntoView();
  }
}

function outletOf(record, docId) {
  const m = record.members.find((x) => x.doc_id === docId);
  return (m && m.outlet) || docId;
}

async function showEvent(main, params, eventId) {
  const e = await api(`/api/events/${encodeURIComponent(eventId)}`);
  if (e.record_id) {
    go("record", new URLSearchParams({ event: e.event_id }), e.record_id);
    return;
  }
  main.replaceChildren(h("h2", {}, `${e.event_name} (${e.code}): ${e.source} → ${e.target}`),
    h("p", {}, `${e.date} · ${e.outlet || e.doc_id}`), h("blockquote", {}, e.sentence));
}

// -- start -----------------------------------------------------------------------------------
async function start() {
  META = await api("/api/meta");
  const form = document.getElementById("filters");
  for (const root of META.roots) form.elements.root.append(h("option", { value: root.root }, `${root.root} ${root.name}`));
  for (const type of META.plover_types) form.elements.plover.append(h("option", { value: type }, type));
  for (const outlet of META.outlets) form.elements.outlet.append(h("option", { value: outlet }, outlet));
  document.getElementById("summary").textContent =
    `${META.events} events · ${META.records} records · ${META.documents} documents · ${META.first || ""} – ${META.last || ""}`;
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const { view } = parseHash();
    const next = new URLSearchParams();
    for (const name of FILTERS) if (form.elements[name].value) next.set(name, form.elements[name].value.trim());
    go(["events", "timeline", "network", "map"].includes(view) ? view : "events", next);
  });
  document.getElementById("clear").addEventListener("click", () => go(parseHash().view, new URLSearchParams()));
  window.addEventListener("hashchange", render);
  await render();
}

document.addEventListener("DOMContentLoaded", start);
