-- Following a complaint up without an account: wrong receipt PINs are counted per complaint and lock it for
-- a while after repeated failures, whether they come from the web page or the IVR.
ALTER TABLE complaint ADD COLUMN failed_pins INT NOT NULL DEFAULT 0,
    ADD COLUMN pin_locked_until DATETIME(6) NULL;
