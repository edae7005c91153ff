import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { redrawPicture, renderVariants, variantWidths } from './render-variants.ts';

/** A photo as a phone writes it: stored lying on its side, with the camera's place in its metadata. */
async function phonePhoto(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#4e8d3f' } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({
      IFD0: { Make: 'Testkamera' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '54/1 19/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '10/1 8/1 0/1' },
    })
    .toBuffer();
}

describe('picture variants', () => {
  it('makes the widths below the picture and the picture itself up to the largest', () => {
    assert.deepEqual(variantWidths(3000), [480, 960, 1440]);
    assert.deepEqual(variantWidths(1440), [480, 960, 1440]);
    assert.deepEqual(variantWidths(1200), [480, 960, 1200]);
    assert.deepEqual(variantWidths(481), [480, 481]);
    assert.deepEqual(variantWidths(300), [300]);
  });

  it('turns a photo upright, makes WebP and JPEG in each width and keeps none of the camera data', async () => {
    const photo = await phonePhoto(2000, 1000);
    const original = await sharp(photo).metadata();
    assert.ok(original.exif && original.orientation === 6, 'the test photo lies on its side and carries EXIF data');
    const rendered = await renderVariants(photo);
    assert.ok(rendered);
    // lying 2000×1000 on its side: upright 1000 wide, 2000 high
    assert.deepEqual([rendered.width, rendered.height], [1000, 2000]);
    assert.deepEqual(
      rendered.variants.map((v) => `${v.format} ${v.width}×${v.height}`),
      ['webp 480×960', 'jpeg 480×960', 'webp 960×1920', 'jpeg 960×1920', 'webp 1000×2000', 'jpeg 1000×2000'],
    );
    for (const variant of rendered.variants) {
      const meta = await sharp(variant.bytes).metadata();
      assert.equal(meta.format, variant.format);
      assert.equal(meta.exif, undefined, `${variant.format} ${variant.width} keeps no EXIF data`);
      assert.equal(meta.orientation, undefined);
      assert.doesNotMatch(variant.bytes.toString('latin1'), /Testkamera/);
    }
  });

  it('gives a transparent picture a white background in JPEG and keeps it in WebP', async () => {
    const logo = await sharp({ create: { width: 600, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    const rendered = await renderVariants(logo);
    assert.ok(rendered);
    const jpeg = rendered.variants.find((v) => v.format === 'jpeg')!;
    const { data } = await sharp(jpeg.bytes).raw().toBuffer({ resolveWithObject: true });
    assert.deepEqual([...data.subarray(0, 3)], [255, 255, 255]);
    assert.equal((await sharp(rendered.variants.find((v) => v.format === 'webp')!.bytes).metadata()).hasAlpha, true);
  });

  it('refuses bytes that are no picture, a broken picture and one too large to decode', async () => {
    const signatureOnly = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(200, 1)]);
    assert.equal(await renderVariants(signatureOnly), undefined);
    const photo = await phonePhoto(800, 600);
    assert.equal(await renderVariants(photo.subarray(0, Math.floor(photo.length / 3))), undefined);
    // 42 megapixels of one colour: a few kilobytes that would need 126 MB to decode
    const bomb = await sharp({ create: { width: 7000, height: 6000, channels: 3, background: '#ffffff' } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    assert.ok(bomb.length < 1024 * 1024);
    assert.equal(await renderVariants(bomb), undefined);
  });
});

describe('a picture drawn anew for a text', () => {
  it('keeps the format, turns a photo upright, cuts it to 1440 pixels and keeps none of the camera data', async () => {
    const redrawn = (await redrawPicture(await phonePhoto(3000, 2000)))!;
    assert.equal(redrawn.format, 'jpeg');
    const meta = await sharp(redrawn.bytes).metadata();
    assert.deepEqual(
      { format: meta.format, width: meta.width, height: meta.height, exif: meta.exif, orientation: meta.orientation },
      { format: 'jpeg', width: 1440, height: 2160, exif: undefined, orientation: undefined },
    );
  });

  it('keeps a PNG lossless with its transparency, and a WebP a WebP, at their own size', async () => {
    const logo = await sharp({ create: { width: 200, height: 100, channels: 4, background: { r: 0, g: 48, b: 100, alpha: 0 } } })
      .png()
      .toBuffer();
    const png = (await redrawPicture(logo))!;
    const pngMeta = await sharp(png.bytes).metadata();
    assert.deepEqual({ format: png.format, width: pngMeta.width, alpha: pngMeta.hasAlpha }, { format: 'png', width: 200, alpha: true });
    const webp = (await redrawPicture(
      await sharp({ create: { width: 640, height: 360, channels: 3, background: '#d4003c' } })
        .webp()
        .toBuffer(),
    ))!;
    assert.deepEqual({ format: webp.format, width: (await sharp(webp.bytes).metadata()).width }, { format: 'webp', width: 640 });
  });

  it('refuses other formats and bytes that are no picture', async () => {
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .gif()
      .toBuffer();
    assert.equal(await redrawPicture(gif), undefined);
    assert.equal(await redrawPicture(Buffer.from('kein Bild')), undefined);
  });
});
