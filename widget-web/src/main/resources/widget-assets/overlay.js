/* Trackline stream overlay: counters, goal bar and alerts fed by the widget's server-sent events. */
(() => {
  'use strict';

  const TOTAL = '__total';
  const TWEEN_MS = 600;
  const STALL_MS = 45000;
  const MAX_BACKOFF_MS = 30000;
  const MAX_QUEUED_ALERTS = 20;
  const ALERT_GAP_MS = 250;

  const config = readConfig();
  const settings = config.settings || {};
  const eventTypes = Array.isArray(settings.event_types) ? settings.event_types : [];
  const goal = settings.goal && Number(settings.goal.target) >= 0 ? settings.goal : null;
  const alertSettings = settings.alert || {};
  const alertMs = Number(alertSettings.duration_ms) > 0 ? Number(alertSettings.duration_ms) : 4000;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  const counts = new Map();
  let total = 0;
  const counters = new Map();

  function readConfig() {
    try {
      return JSON.parse(document.getElementById('widget-config').textContent) || {};
    } catch (e) {
      console.error('Trackline overlay: unreadable widget config', e);
      return {};
    }
  }

  function labelOf(code) {
    const known = eventTypes.find((type) => type.code === code);
    return known && known.label ? known.label : code;
  }

  /* ---- page ---- */

  function applyColors() {
    const colors = settings.colors || {};
    for (const key of ['text', 'accent', 'background']) {
      const value = colors[key];
      // Only a real colour: a value from settings must not smuggle in other declarations.
      if (typeof value === 'string' && CSS.supports('color', value)) {
        document.documentElement.style.setProperty(`--tl-${key}`, value);
      }
    }
  }

  function counterState(element) {
    return { value: element.querySelector('[data-role="value"]'), shown: 0, frame: 0, fallback: 0 };
  }

  function buildCounters() {
    const list = document.querySelector('[data-role="counters"]');
    const totalItem = list.querySelector(`[data-counter="${TOTAL}"]`);
    for (const type of eventTypes) {
      const item = document.createElement('li');
      item.className = 'tl-counter';
      item.dataset.counter = type.code;
      const value = document.createElement('span');
      value.className = 'tl-value';
      value.dataset.role = 'value';
      value.textContent = '0';
      const label = document.createElement('span');
      label.className = 'tl-label';
      label.dataset.role = 'label';
      label.textContent = type.label || type.code;
      item.append(value, label);
      list.insertBefore(item, totalItem);
      counters.set(type.code, counterState(item));
    }
    // One counter already is the total; with none or several, the total is worth showing.
    totalItem.hidden = eventTypes.length === 1;
    counters.set(TOTAL, counterState(totalItem));
  }

  function buildGoal() {
    if (!goal) {
      return;
    }
    const bar = document.querySelector('[data-role="goal"]');
    bar.querySelector('[data-role="goal-label"]').textContent = goal.label || '';
    bar.setAttribute('aria-valuemax', String(goal.target));
    bar.hidden = false;
  }

  /* ---- counting ---- */

  function show(counter, value) {
    counter.shown = value;
    counter.value.textContent = String(value);
  }

  function stopTween(counter) {
    cancelAnimationFrame(counter.frame);
    clearTimeout(counter.fallback);
  }

  function setCount(code, value, animate) {
    const counter = counters.get(code);
    if (!counter) {
      return;
    }
    stopTween(counter);
    if (!animate || reducedMotion.matches || value <= counter.shown) {
      show(counter, value);
      return;
    }
    const from = counter.shown;
    const start = performance.now();
    const step = (now) => {
      const t = Math.min(1, (now - start) / TWEEN_MS);
      const eased = 1 - (1 - t) ** 3;
      show(counter, t < 1 ? Math.floor(from + (value - from) * eased) : value);
      if (t < 1) {
        counter.frame = requestAnimationFrame(step);
      }
    };
    counter.frame = requestAnimationFrame(step);
    // A hidden source gets no animation frames; the final number must land regardless.
    counter.fallback = setTimeout(() => {
      cancelAnimationFrame(counter.frame);
      show(counter, value);
    }, TWEEN_MS + 150);
  }

  function updateGoal() {
    if (!goal) {
      return;
    }
    const target = Number(goal.target);
    const current = goal.event_type ? counts.get(goal.event_type) || 0 : total;
    const percent = target > 0 ? Math.min(100, (current / target) * 100) : 100;
    const bar = document.querySelector('[data-role="goal"]');
    bar.querySelector('[data-role="goal-fill"]').style.width = `${Number(percent.toFixed(2))}%`;
    bar.querySelector('[data-role="goal-text"]').textContent = `${current} / ${target}`;
    // ARIA wants the value inside its range; the text keeps the real count past the goal.
    bar.setAttribute('aria-valuenow', String(Math.min(current, target)));
    bar.setAttribute('aria-valuetext', `${current} / ${target}`);
    bar.classList.toggle('complete', current >= target);
  }

  function onSnapshot(data) {
    counts.clear();
    for (const [code, value] of Object.entries(data.totals || {})) {
      counts.set(code, Number(value) || 0);
    }
    total = typeof data.total === 'number'
      ? data.total
      : [...counts.values()].reduce((sum, value) => sum + value, 0);
    for (const code of counters.keys()) {
      setCount(code, code === TOTAL ? total : counts.get(code) || 0, false);
    }
    updateGoal();
  }

  function onPostback(data) {
    const code = String(data.event_type ?? '');
    if (!data.test) {
      counts.set(code, (counts.get(code) || 0) + 1);
      total += 1;
      setCount(code, counts.get(code), true);
      setCount(TOTAL, total, true);
      updateGoal();
    }
    queueAlert(renderTemplate(data, code));
  }

  /* ---- alerts ---- */

  function renderTemplate(data, code) {
    const values = {
      label: data.label || labelOf(code),
      event_name: data.event_name ?? '',
      event_type: code,
      influencer: data.influencer_id || config.influencer_id || '',
      campaign: data.campaign ?? config.campaign ?? '',
      count: counts.get(code) || 0,
    };
    const template = typeof alertSettings.template === 'string' ? alertSettings.template : '{label}!';
    // One pass, so a value that happens to contain "{label}" is not expanded again.
    return template.replace(/\{(label|event_name|event_type|influencer|campaign|count)\}/g,
      (match, key) => String(values[key]));
  }

  const alertQueue = [];
  let alertShowing = false;

  function queueAlert(text) {
    alertQueue.push(text);
    if (alertQueue.length > MAX_QUEUED_ALERTS) {
      alertQueue.shift();
    }
    if (!alertShowing) {
      nextAlert();
    }
  }

  function nextAlert() {
    const box = document.querySelector('[data-role="alert"]');
    if (alertQueue.length === 0) {
      alertShowing = false;
      return;
    }
    alertShowing = true;
    box.querySelector('[data-role="alert-text"]').textContent = alertQueue.shift();
    box.classList.add('visible');
    box.setAttribute('aria-hidden', 'false');
    chime();
    setTimeout(() => {
      box.classList.remove('visible');
      box.setAttribute('aria-hidden', 'true');
      // A short pause lets the next alert pop in afresh instead of just swapping its text.
      setTimeout(nextAlert, ALERT_GAP_MS);
    }, alertMs);
  }

  let audio = null;

  function chime() {
    if (alertSettings.sound !== 'chime') {
      return;
    }
    try {
      const Context = window.AudioContext || window.webkitAudioContext;
      audio = audio || new Context();
      const asked = performance.now();
      // Browsers may hold audio back until a user gesture: the alert then stays silent. Notes scheduled
      // on a suspended context would all sound at once when it is finally let go, hence the age check.
      Promise.resolve(audio.state === 'running' || audio.resume())
        .then(() => {
          if (audio.state === 'running' && performance.now() - asked < 1000) {
            playNotes(audio);
          }
        })
        .catch(() => {});
    } catch (e) {
      // No audio at all: the alert still shows.
    }
  }

  function playNotes(context) {
    const start = context.currentTime + 0.02;
    [[659.25, 0], [987.77, 0.14]].forEach(([frequency, offset]) => {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.type = 'sine';
      oscillator.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.12, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.6);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(start + offset);
      oscillator.stop(start + offset + 0.65);
    });
  }

  /* ---- stream ---- */

  let source = null;
  let lastEventId = null;
  let attempt = 0;
  let retryTimer = 0;
  let stallTimer = 0;

  function setStream(state) {
    document.body.dataset.stream = state;
  }

  function streamUrl() {
    const url = new URL(config.stream_url, location.origin);
    // A new EventSource cannot send Last-Event-ID, so the server also reads it from the query.
    if (lastEventId !== null) {
      url.searchParams.set('last_event_id', lastEventId);
    }
    return url.href;
  }

  function alive() {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(restart, STALL_MS);
  }

  function handler(es, apply) {
    return (event) => {
      if (source !== es) {
        return;
      }
      if (event.lastEventId) {
        lastEventId = event.lastEventId;
      }
      alive();
      try {
        apply(JSON.parse(event.data));
      } catch (e) {
        console.error('Trackline overlay: bad event', event.type, e);
      }
    };
  }

  function connect() {
    if (!config.stream_url) {
      return;
    }
    const es = new EventSource(streamUrl());
    source = es;
    es.addEventListener('open', () => {
      if (source === es) {
        attempt = 0;
        setStream('open');
        alive();
      }
    });
    es.addEventListener('snapshot', handler(es, onSnapshot));
    es.addEventListener('postback', handler(es, onPostback));
    // Comment heartbeats never reach script; a named one, should the server send it, keeps us alive.
    es.addEventListener('heartbeat', () => {
      if (source === es) {
        alive();
      }
    });
    es.addEventListener('error', () => {
      if (source !== es) {
        return;
      }
      if (es.readyState === EventSource.CLOSED) {
        restart();
      } else {
        setStream('reconnecting');
      }
    });
    alive();
  }

  function restart() {
    clearTimeout(stallTimer);
    clearTimeout(retryTimer);
    if (source) {
      source.close();
      source = null;
    }
    setStream('reconnecting');
    const base = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.min(attempt, 10));
    attempt += 1;
    const delay = Math.min(MAX_BACKOFF_MS, base * (0.75 + Math.random() * 0.5));
    retryTimer = setTimeout(connect, delay);
  }

  applyColors();
  buildCounters();
  buildGoal();
  updateGoal();
  setStream('connecting');
  connect();
})();
