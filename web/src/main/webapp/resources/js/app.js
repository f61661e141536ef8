// Moves keyboard and screen-reader focus to the error summary when a form comes back with problems.
(function () {
    var summary = document.querySelector('.error-summary');
    if (summary) {
        summary.focus();
    }
})();

// The header's navigation: on a phone it folds under the Menu button; a role's group of pages opens like a menu and
// closes when another opens, on Escape (focus back on its name) or on a click elsewhere. Without scripts, all stays open.
(function () {
    document.body.classList.add('js-enabled');
    var toggle = document.getElementById('site-nav-toggle');
    var nav = document.getElementById('site-nav');
    if (toggle && nav) {
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            var open = nav.classList.toggle('site-nav--open');
            toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
        });
    }
    var groups = Array.prototype.slice.call(document.querySelectorAll('.site-nav__group'));
    groups.forEach(function (group) {
        group.addEventListener('toggle', function () {
            if (group.open) {
                groups.forEach(function (other) {
                    if (other !== group) {
                        other.open = false;
                    }
                });
            }
        });
        group.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' && group.open) {
                group.open = false;
                group.querySelector('summary').focus();
            }
        });
    });
    document.addEventListener('click', function (event) {
        groups.forEach(function (group) {
            if (group.open && !group.contains(event.target)) {
                group.open = false;
            }
        });
    });
})();

// A table wider than the screen scrolls within itself (app.css): it is made focusable and named by its caption, so
// that a keyboard user can scroll it; narrower again, it is not.
(function () {
    function scrollable() {
        var tables = document.querySelectorAll('.table, .month-grid, .ui-datatable-tablewrapper');
        Array.prototype.forEach.call(tables, function (table) {
            if (table.closest('.table-scroll')) {
                return;
            }
            if (table.scrollWidth > table.clientWidth + 1) {
                table.setAttribute('tabindex', '0');
                if (!table.getAttribute('aria-label') && !table.getAttribute('aria-labelledby')) {
                    var caption = table.querySelector('caption');
                    if (caption && caption.id) {
                        table.setAttribute('aria-labelledby', caption.id);
                    }
                }
            } else if (table.getAttribute('tabindex') === '0') {
                table.removeAttribute('tabindex');
            }
        });
    }
    scrollable();
    window.addEventListener('resize', scrollable);
})();
