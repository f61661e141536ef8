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
