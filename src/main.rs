fn main() {
    ggi_journey::mount();
}
