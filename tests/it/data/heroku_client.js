// heroku-client (Heroku's Node API library) against belt serve: rate limits, apps (a list
// longer than a page, aggregated over Next-Range), a taken name's error, config vars, SSH
// keys, buildpacks, features and log drains.
//
// Usage: node heroku_client.js URL API_KEY PUBLIC_KEY (SSL_CERT_FILE naming the CA, as
// heroku-client reads it)
// Prints `ok` and exits 0 when every step gave what Heroku gives.
'use strict'

const assert = require('assert')
const Heroku = require('heroku-client')

const [url, token, publicKey] = process.argv.slice(2)
const heroku = new Heroku({ token, host: url })

async function main () {
  assert.deepStrictEqual(await heroku.get('/account/rate-limits'), { remaining: 4500 })

  for (const name of ['node-a', 'node-b', 'node-c']) {
    await heroku.post('/apps', { body: { name } })
  }
  // One app a page: the client follows Next-Range and returns them all.
  const apps = await heroku.get('/apps', { headers: { Range: 'name ..; max=1' } })
  assert.deepStrictEqual(apps.map(a => a.name), ['node-a', 'node-b', 'node-c'])
  const first = await heroku.get('/apps', { headers: { Range: 'name ..; max=1' }, partial: true })
  assert.strictEqual(first.length, 1)

  await assert.rejects(heroku.post('/apps', { body: { name: 'node-a' } }), err => {
    assert.strictEqual(err.statusCode, 422)
    assert.deepStrictEqual(err.body, { id: 'invalid_params', message: 'Name is already taken' })
    return true
  })
  await assert.rejects(heroku.post('/apps', { body: { name: 5 } }), err => {
    assert.strictEqual(err.statusCode, 422)
    assert.strictEqual(err.body.id, 'invalid_params')
    assert.match(err.body.message, /^Invalid name: /)
    return true
  })

  await heroku.patch('/apps/node-a/config-vars', { body: { GREETING: 'hello' } })
  const config = await heroku.get('/apps/node-a/config-vars')
  assert.strictEqual(config.GREETING, 'hello')

  const key = await heroku.post('/account/keys', { body: { public_key: publicKey } })
  assert.deepStrictEqual((await heroku.get('/account/keys')).map(k => k.id), [key.id])
  await heroku.delete(`/account/keys/${encodeURIComponent(key.fingerprint)}`)
  assert.deepStrictEqual(await heroku.get('/account/keys'), [])

  await heroku.put('/apps/node-a/buildpack-installations', {
    body: { updates: [{ buildpack: 'heroku/nodejs' }] },
    headers: { Range: '' }
  })
  const buildpacks = await heroku.get('/apps/node-a/buildpack-installations')
  assert.deepStrictEqual(buildpacks, [
    { buildpack: { url: 'urn:buildpack:heroku/nodejs', name: 'heroku/nodejs' }, ordinal: 0 }
  ])
  const feature = await heroku.patch('/apps/node-a/features/preboot', { body: { enabled: true } })
  assert.strictEqual(feature.enabled, true)
  const accountFeatures = (await heroku.get('/account/features')).map(f => [f.name, f.enabled])
  assert.deepStrictEqual(accountFeatures, [['dashboard-repositories-api', true]])
  assert.deepStrictEqual(await heroku.get('/apps/node-a/log-drains'), [])

  for (const name of ['node-a', 'node-b', 'node-c']) {
    await heroku.delete(`/apps/${name}`)
  }
  assert.deepStrictEqual(await heroku.get('/apps'), [])
  console.log('ok')
}

main().catch(err => {
  console.error(err.stack || err, err.body || '')
  process.exit(1)
})
