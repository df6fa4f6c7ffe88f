//! One file per page; [`Page`] picks the one the route names.

mod about;
mod activity;
mod dashboard;
pub mod data;
mod home;
mod iterations;
mod not_found;
mod portfolio;
mod report;
pub mod start;
mod workspaces;

use ggi_core::route::Route;
use leptos::prelude::*;

#[component]
pub fn Page(route: ReadSignal<Route>) -> impl IntoView {
    move || match route.get() {
        Route::Home => home::HomePage().into_any(),
        Route::Activity(id) => view! { <activity::ActivityPage id=id/> }.into_any(),
        Route::Dashboard => dashboard::DashboardPage().into_any(),
        Route::Data => data::DataPage().into_any(),
        Route::About => about::AboutPage().into_any(),
        Route::Iterations => iterations::IterationsPage().into_any(),
        Route::Workspaces => workspaces::WorkspacesPage().into_any(),
        Route::Start => start::StartPage().into_any(),
        Route::Report => report::ReportPage().into_any(),
        Route::Portfolio => portfolio::PortfolioPage().into_any(),
        Route::NotFound(_) => not_found::NotFoundPage().into_any(),
    }
}
